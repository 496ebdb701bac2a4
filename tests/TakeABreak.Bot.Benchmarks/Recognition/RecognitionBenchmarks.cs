using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Benchmarks.Reporting;
using TakeABreak.Bot.Testing;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Benchmarks.Recognition;

/// <summary>
/// The cost of understanding one message with the real content: a sentence at one question (stems, synonyms, typos),
/// and whole dialog turns where the message is also read for every question still ahead (a story told up front).
/// Run: dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- --filter '*Recognition*'
/// </summary>
[Config(typeof(Config))]
public class RecognitionBenchmarks
{
    private const string Story = "ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen en soms gebonk";
    private const string Sentence100 = "ik woon al jaren naast een stel en de laatste tijd hoor ik hem steeds harder schreeuwen tegen haar";
    private static readonly string Text400 = string.Join(". ", Enumerable.Repeat(Sentence100, 4));
    private TestBotHost _host = null!;
    private IServiceScope _turn = null!;
    private DialogTurnActions _actions = null!;
    private DialogMachine _machine = null!;
    private List<RecognizableOption> _roles = null!;
    private YesNoWords _yesNo = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new TestBotHost();
        _machine = _host.Services.GetRequiredService<DialogMachine>();
        _turn = _host.Services.CreateScope();
        _actions = _turn.ServiceProvider.GetRequiredService<DialogTurnActions>();
        var content = _host.Services.GetRequiredService<DialogContent>();
        var classes = new WordClasses(content.Strings);
        _roles = content.Dialog("main").Step("ask_role")!.Prompt!.Options
            .Select(option => new RecognizableOption(option.Id, [.. content.Strings.Phrases(option.Label, "nl"), .. classes.Expand(content.Strings.Phrases(option.Also!, "nl"), "nl")]))
            .ToList();
        _yesNo = new YesNoWords(content.Strings.Phrases(EngineStrings.Yes, "nl"), content.Strings.Phrases(EngineStrings.No, "nl"));
    }

    /// <summary>One sentence against the options of one question.</summary>
    [Benchmark]
    public ChoiceRecognition Role_in_a_sentence() => AnswerRecognizer.Recognize("ik werk als wijkverpleegkundige in de thuiszorg", _roles, _yesNo);

    /// <summary>A typical typed sentence of about 100 characters against the role options (no word known: every long word is checked for typos).</summary>
    [Benchmark]
    public ChoiceRecognition Role_in_a_100_character_sentence() => AnswerRecognizer.Recognize(Sentence100, _roles, _yesNo);

    /// <summary>Four times that sentence: the cost grows with the length of the text.</summary>
    [Benchmark]
    public ChoiceRecognition Role_in_a_400_character_text() => AnswerRecognizer.Recognize(Text400, _roles, _yesNo);

    /// <summary>A whole turn at the signs checklist: the answer from a sentence, then the questions ahead.</summary>
    [Benchmark]
    public Task<IReadOnlyList<DialogReply>> Signals_sentence_turn()
    {
        var state = new DialogState { Locale = "nl", ContentVersion = _machine.Content.Version };
        state.Values["role"] = ["neighbour"];
        state.Values["about"] = ["partner"];
        state.Stack.Add(new DialogFrame { Dialog = "main", Step = "ask_signals", Waiting = true });
        return _machine.RunAsync(state, DialogInput.Message("ik hoor vaak geschreeuw en gebonk"), _actions, CancellationToken.None);
    }

    /// <summary>A story as the first message: welcome, every question ahead read, the first open question asked.</summary>
    [Benchmark]
    public Task<IReadOnlyList<DialogReply>> Story_as_first_message() =>
        _machine.RunAsync(new DialogState { Locale = "nl" }, DialogInput.Message(Story), _actions, CancellationToken.None);

    [GlobalCleanup]
    public void Cleanup()
    {
        _turn.Dispose();
        _host.Dispose();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99));
        }
    }
}
