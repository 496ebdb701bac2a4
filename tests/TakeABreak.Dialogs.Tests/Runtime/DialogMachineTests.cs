using System.Text.Json.Nodes;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.State;
using TakeABreak.Dialogs.Tests.Fixtures;

namespace TakeABreak.Dialogs.Tests.Runtime;

public sealed class DialogMachineTests : IDisposable
{
    private readonly TestContentFolder _folder = new();
    private readonly DialogRunner _runner;

    public DialogMachineTests() => _runner = DialogRunner.Load(_folder.Path);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Start_says_the_first_steps_and_asks_the_first_question_with_buttons()
    {
        var replies = await _runner.StartAsync();

        Assert.Equal(["Hallo.", "Welke kleur?"], replies.Select(r => r.Text));
        Assert.Equal(["Rood", "Blauw", "Groen"], replies[1].Choices.Select(c => c.Title));
        Assert.True(replies[1].ExpectsAnswer);
    }

    [Fact]
    public async Task Channel_locale_en_starts_in_English_and_any_other_in_Dutch()
    {
        Assert.Equal("Hello.", (await _runner.StartAsync("en-US"))[0].Text);

        var french = new DialogRunner(_runner.Machine.Content);
        Assert.Equal("Hallo.", (await french.StartAsync("fr-FR"))[0].Text);
    }

    [Fact]
    public async Task A_first_message_without_a_start_also_starts_the_conversation()
    {
        var replies = await _runner.SayAsync("hoi");

        Assert.Equal("Hallo.", replies[0].Text);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("blauw")]
    [InlineData("BLAUW")]
    [InlineData("blaauw")]
    [InlineData("lichtblauw")]
    [InlineData("light blue")]
    public async Task A_choice_is_stored_by_id_whatever_way_it_is_typed(string typed)
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync(typed);

        Assert.Equal(["blue"], _runner.State.Values["colour"]);
        Assert.Equal("Welk fruit?", replies.Single().Text);
    }

    [Fact]
    public async Task A_checklist_shows_numbered_options_and_accepts_typed_numbers()
    {
        await _runner.StartAsync();
        var checklist = (await _runner.SayAsync("blauw")).Single().Checklist!;

        Assert.Equal(["Appel", "Peer", "Pruim"], checklist.Options.Select(o => o.Title));
        Assert.Equal("Klaar", checklist.SubmitTitle);
        Assert.Equal("Geen van deze", checklist.NoneTitle);

        await _runner.SayAsync("1 en 3");
        Assert.Equal(["apple", "plum"], _runner.State.Values["fruit"]);
    }

    [Fact]
    public async Task A_checklist_accepts_the_card_submit_and_none()
    {
        await _runner.StartAsync();
        var key = (await _runner.SayAsync("blauw")).Single().Checklist!.Key;

        await _runner.SubmitAsync(new JsonObject { ["checklist"] = key, ["selection"] = "pear,plum" });

        Assert.Equal(["pear", "plum"], _runner.State.Values["fruit"]);
    }

    [Fact]
    public async Task A_submit_from_an_old_card_is_not_taken_as_the_answer()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("blauw");

        var replies = await _runner.SubmitAsync(new JsonObject { ["checklist"] = "main/some_other_step", ["selection"] = "pear" });

        Assert.False(_runner.State.Values.ContainsKey("fruit"));
        Assert.Equal(["Dat snap ik niet.", "Welk fruit?"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task Branching_follows_the_collected_value()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("rood");

        var replies = await _runner.SayAsync("geen");

        Assert.Empty(_runner.State.Values["fruit"]);
        Assert.Equal("Hoe oud?", replies.Single().Text);
    }

    [Fact]
    public async Task Yes_no_goes_where_the_answer_says()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("blauw");
        var sure = await _runner.SayAsync("1");
        Assert.Equal(["Ja", "Nee"], sure.Single().Choices.Select(c => c.Title));

        var replies = await _runner.SayAsync("nee");

        Assert.Equal(["no"], _runner.State.Values["sure"]);
        Assert.Equal("Doei.", replies.Single().Text);
        Assert.Empty(_runner.State.Stack);
    }

    [Fact]
    public async Task A_number_outside_the_range_is_asked_again()
    {
        await AtAgeAsync();

        var replies = await _runner.SayAsync("200");

        Assert.Equal(["Typ een getal.", "Hoe oud?"], replies.Select(r => r.Text));
        await _runner.SayAsync("42");
        Assert.Equal(["42"], _runner.State.Values["age"]);
    }

    [Fact]
    public async Task Free_text_is_kept_and_can_be_skipped()
    {
        await AtAgeAsync();
        var note = await _runner.SayAsync("42");
        Assert.Equal("Overslaan", note.Single().Choices.Single().Title);

        var replies = await _runner.SayAsync("Hij schreeuwt vaak.");

        Assert.Equal(["Hij schreeuwt vaak."], _runner.State.Values["note"]);
        Assert.Equal(["Dank je.", "Doei."], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task A_called_dialog_returns_to_the_caller_and_an_ended_conversation_starts_again()
    {
        await AtAgeAsync();
        await _runner.SayAsync("42");
        await _runner.SayAsync("overslaan");
        Assert.Empty(_runner.State.Stack);

        var replies = await _runner.SayAsync("hallo");

        Assert.Equal("Hallo.", replies[0].Text);
        Assert.False(_runner.State.Values.ContainsKey("age"));
    }

    [Fact]
    public async Task Help_runs_its_dialog_and_then_asks_the_same_question_again()
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync("hulp");

        Assert.Equal(["Dit is hulp.", "Welke kleur?"], replies.Select(r => r.Text));
        Assert.Equal(["main"], _runner.State.Stack.Select(f => f.Dialog));
    }

    [Fact]
    public async Task An_information_question_is_answered_and_the_question_asked_again()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("rood");

        var replies = await _runner.SayAsync("Wat is dit?");

        Assert.Equal("Dit is een test.", replies[0].Text);
        Assert.Equal("Welk fruit?", replies[1].Text);
    }

    [Fact]
    public async Task Restart_forgets_the_answers_and_starts_from_the_beginning()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("rood");

        var replies = await _runner.SayAsync("opnieuw");

        Assert.Equal(["Hallo.", "Welke kleur?"], replies.Select(r => r.Text));
        Assert.Empty(_runner.State.Values);
    }

    [Fact]
    public async Task Switching_language_asks_the_same_question_in_the_new_language_and_keeps_it()
    {
        await _runner.StartAsync("nl-NL");
        await _runner.SayAsync("rood");

        var replies = await _runner.SayAsync("english", "nl-NL");
        var next = await _runner.SayAsync("apple", "nl-NL");

        Assert.Equal(["English now.", "Which fruit?"], replies.Select(r => r.Text));
        Assert.Equal("How old?", next.Single().Text);
        Assert.Equal("en", _runner.State.Locale);
    }

    [Fact]
    public async Task After_two_misses_the_choices_come_again_with_help_and_an_answer_is_still_accepted()
    {
        await _runner.StartAsync();

        Assert.Equal(["Dat snap ik niet.", "Welke kleur?"], (await _runner.SayAsync("paars")).Select(r => r.Text));
        var second = await _runner.SayAsync("oranje");
        var third = await _runner.SayAsync("geel");
        var fourth = await _runner.SayAsync("roze");
        var answer = await _runner.SayAsync("rood");

        Assert.Equal(["Nog steeds niet. Gevaar? Bel 112.", "Welke kleur?"], second.Select(r => r.Text));
        Assert.Equal(["Rood", "Blauw", "Groen"], second[1].Choices.Select(c => c.Title));
        Assert.Equal("Dat snap ik niet.", third[0].Text);
        Assert.Equal("Nog steeds niet. Gevaar? Bel 112.", fourth[0].Text);
        Assert.Equal("Welk fruit?", answer.Single().Text);
    }

    [Fact]
    public async Task Reprompt_asks_the_waiting_question_again_without_changing_the_state()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("rood");
        var before = DialogStateSerializer.Serialize(_runner.State);

        var replies = _runner.Machine.Reprompt(_runner.State);

        Assert.Equal("Welk fruit?", replies.Single().Text);
        Assert.Equal(before, DialogStateSerializer.Serialize(_runner.State));
    }

    [Fact]
    public async Task Restart_from_outside_starts_again_and_keeps_the_language()
    {
        await _runner.StartAsync("en-US");
        await _runner.SayAsync("red");

        var replies = await _runner.Machine.RestartAsync(_runner.State, DialogTurnActions.None, CancellationToken.None);

        Assert.Equal(["Hello.", "Which colour?"], replies.Select(r => r.Text));
        Assert.Empty(_runner.State.Values);
    }

    [Fact]
    public async Task The_state_holds_ids_and_values_but_no_rendered_text()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("rood");

        var json = DialogStateSerializer.Serialize(_runner.State);

        Assert.Contains("\"colour\":[\"red\"]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Welk fruit", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Rood", json, StringComparison.Ordinal);
        Assert.True(json.Length < 400, json);
    }

    [Fact]
    public async Task A_content_change_that_keeps_the_current_step_continues_the_conversation()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("rood");
        _folder.Replace("strings/strings.yaml", "Welk fruit?", "Welk stuk fruit?");
        var changed = new DialogRunner(DialogContentLoader.Load(_folder.Path, RegisteredExtensions.None)) { State = _runner.State };

        var replies = await changed.SayAsync("appel");

        Assert.Equal("Hoe oud?", replies.Single().Text);
        Assert.Equal(changed.Machine.Content.Version, changed.State.ContentVersion);
    }

    [Fact]
    public async Task A_content_change_that_removes_the_current_step_restarts_gracefully()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("rood");
        await _runner.SayAsync("appel");
        _folder.Replace("flows/main.yaml", "- id: ask_age", "- id: ask_years");
        _folder.Replace("flows/main.yaml", "yes: ask_age", "yes: ask_years");
        _folder.Replace("flows/main.yaml", "goto: ask_age", "goto: ask_years");
        var changed = new DialogRunner(DialogContentLoader.Load(_folder.Path, RegisteredExtensions.None)) { State = _runner.State };

        var replies = await changed.SayAsync("42");

        Assert.Equal(["Bijgewerkt; we beginnen opnieuw.", "Hallo.", "Welke kleur?"], replies.Select(r => r.Text));
        Assert.Empty(changed.State.Values);
    }

    [Fact]
    public async Task Actions_read_and_write_values_and_say_texts_from_elsewhere_in_content()
    {
        _folder.Replace("flows/main.yaml", "        call: extra", "        action: count_fruit\n      - id: extra_call\n        call: extra");
        var registry = new DialogExtensionRegistry([new DialogActionName("count_fruit")], [], []);
        var runner = new DialogRunner(DialogContentLoader.Load(_folder.Path, registry.Names), registry, new DialogTurnActions([new CountFruitAction()]));
        await runner.StartAsync();
        await runner.SayAsync("rood");
        await runner.SayAsync("1, 2");
        await runner.SayAsync("30");

        var replies = await runner.SayAsync("overslaan");

        Assert.Equal(["2 fruit", "Dank je.", "Doei."], replies.Select(r => r.Text));
        Assert.Equal(["2"], runner.State.Values["fruit_count"]);
    }

    private async Task AtAgeAsync()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("rood");
        await _runner.SayAsync("appel");
    }

    private sealed class CountFruitAction : IDialogAction
    {
        public string Name => "count_fruit";

        public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
        {
            var count = context.Values.Get("fruit").Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Values.Set("fruit_count", count);
            context.Say($"{count} fruit");
            return Task.CompletedTask;
        }
    }
}
