using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// Puts a conversation at the question a labelled message belongs to, sends the message through the real dialog machine
/// and the real content, and judges whether the bot took what the label says.
/// </summary>
public sealed class UnderstandingScore(DialogMachine machine, IServiceProvider services)
{
    private const string MainDialog = "main";

    public async Task<(bool Understood, string Got)> EvaluateAsync(LabelledAnswer answer)
    {
        var state = new DialogState { Locale = answer.Locale, LocaleChosen = true, ContentVersion = machine.Content.Version };
        var slot = Prepare(state, answer);
        var before = state.Values.ToDictionary(pair => pair.Key, pair => string.Join(",", pair.Value), StringComparer.Ordinal);
        await using var turn = services.CreateAsyncScope();
        var replies = await machine.RunAsync(state, DialogInput.Message(answer.Text), turn.ServiceProvider.GetRequiredService<DialogTurnActions>(), CancellationToken.None);
        var after = state.Values.ToDictionary(pair => pair.Key, pair => string.Join(",", pair.Value), StringComparer.Ordinal);
        var got = string.Join(" ", after.Where(pair => !before.TryGetValue(pair.Key, out var old) || old != pair.Value).Select(pair => $"{pair.Key}=[{pair.Value}]"));
        var changed = after.Count != before.Count || after.Any(pair => !before.TryGetValue(pair.Key, out var old) || old != pair.Value);

        if (answer.Expected == "-")
        {
            return (!changed, got);
        }

        if (answer.Expected.StartsWith("which:", StringComparison.Ordinal))
        {
            var pair = answer.Expected["which:".Length..].Split('|').Select(Value).ToHashSet(StringComparer.Ordinal);
            var asked = replies.Any(reply => reply.Choices.Count == pair.Count && reply.Choices.All(choice => pair.Contains(choice.Id)));
            return (asked && !(slot is not null && state.Values.ContainsKey(slot) && !before.ContainsKey(slot)), got + $" choices=[{string.Join(",", replies.SelectMany(r => r.Choices).Select(c => c.Id))}]");
        }

        if (answer.Expected == "none")
        {
            return (slot is not null && state.Values.TryGetValue(slot, out var list) && (list.Count == 0 || list.All(id => id.EndsWith("_none", StringComparison.Ordinal) || id.EndsWith("_no", StringComparison.Ordinal))), got);
        }

        var understood = answer.Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(expected =>
        {
            var (name, id) = (expected[..expected.IndexOf('=')], expected[(expected.IndexOf('=') + 1)..]);
            return state.Values.TryGetValue(SlotName(name), out var values) && values.Contains(Value(id));
        });
        return (understood, got);
    }

    private string? Prepare(DialogState state, LabelledAnswer answer)
    {
        var values = state.Values;
        switch (answer.Question)
        {
            case "first":
                return null;
            case "role":
                return Wait(state, "ask_role");
            case "field":
                values["role"] = ["professional"];
                return Wait(state, "ask_field");
            case "about":
                values["role"] = [Value("neighbour")];
                return Wait(state, "ask_about");
            case "about_self":
                values["role"] = ["self"];
                return Wait(state, "ask_about_self");
            case "signals_partner" or "signals_child" or "signals_older":
                values["role"] = [Value("neighbour")];
                values["about"] = [answer.Question switch { "signals_partner" => "partner", "signals_child" => "child", _ => "older_person" }];
                return Wait(state, "ask_signals");
            case "frequency" or "serious":
                values["role"] = [Value("neighbour")];
                values["about"] = ["partner"];
                values["signals"] = [];
                var into = answer.Question == "frequency" ? "frequency" : "serious_factors";
                return StepInto(into) is { } step ? Wait(state, step) : WaitAtContextQuestion(state, answer);
            default:
                throw new InvalidDataException($"Unknown question '{answer.Question}' in labelled-answers.tsv line {answer.Line}.");
        }
    }

    private string Wait(DialogState state, string step)
    {
        var prompt = machine.Content.Dialog(MainDialog).Step(step)?.Prompt
            ?? throw new InvalidOperationException($"The main dialog has no question step '{step}'.");
        state.Stack.Add(new DialogFrame { Dialog = MainDialog, Step = step, Waiting = true });
        return prompt.Into!;
    }

    private string? StepInto(string into) =>
        machine.Content.Dialog(MainDialog).Steps.FirstOrDefault(step => step.Prompt?.Into == into)?.Id;

    /// <summary>For content that asks the context questions one by one: the question the expected answer belongs to.</summary>
    private string WaitAtContextQuestion(DialogState state, LabelledAnswer answer)
    {
        var order = new[] { "frequency", "duration", "trend", "children", "threats", "weapons", "strangulation", "separation", "isolat", "pregnancy" };
        var expectedId = answer.Expected.Split(' ')[0].Split('=').Last();
        var question = answer.Question == "frequency" ? "frequency"
            : expectedId == "none" ? "threats"
            : order.First(prefix => expectedId.StartsWith(prefix, StringComparison.Ordinal) || (prefix == "isolat" && expectedId.StartsWith("isolated", StringComparison.Ordinal)) || (prefix == "weapons" && expectedId.StartsWith("weapons", StringComparison.Ordinal)));
        state.Stack.Add(new DialogFrame { Dialog = MainDialog, Step = "ask_context", Waiting = true, Index = Array.IndexOf(order, question) });
        return "context";
    }

    private string SlotName(string name) => name == "serious" ? (StepInto("serious_factors") is null ? "context" : "serious_factors") : name;

    /// <summary>Role ids of the merged "who are you" question; content without them had one "resident" role.</summary>
    private string Value(string id) =>
        id is "neighbour" or "family_friend" or "colleague"
        && machine.Content.Dialog(MainDialog).Step("ask_role")!.Prompt!.Options.All(option => option.Id != id)
            ? "resident"
            : id;
}
