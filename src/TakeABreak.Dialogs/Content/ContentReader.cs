using System.Text.Json.Nodes;

namespace TakeABreak.Dialogs.Content;

/// <summary>Turns schema-checked YAML documents into the content model, remembering where each part came from.</summary>
internal sealed class ContentReader(ICollection<ContentError> errors)
{
    private static readonly (string Key, PromptKind Kind)[] PromptKeys =
    [
        ("choice", PromptKind.Choice), ("multi", PromptKind.Multi), ("text", PromptKind.Text),
        ("confirm", PromptKind.Confirm), ("number", PromptKind.Number), ("questions", PromptKind.Questions),
    ];

    private static readonly string[] OtherKindKeys = ["action", "branch", "call", "replace", "end"];

    public ConversationSettings ReadConversation(YamlDocument document)
    {
        var root = document.Root!.AsObject();
        var interruptions = new List<Located<InterruptionDefinition>>();
        var list = root["interruptions"]?.AsArray() ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var pointer = YamlDocument.Child("/interruptions", i);
            var item = list[i]!.AsObject();
            var id = Text(item, "id")!;
            var phrases = Text(item, "phrases")!;
            InterruptionDefinition? definition =
                item["begin"] is not null ? new(id, phrases, InterruptionKind.Begin) { Dialog = Text(item, "begin") }
                : item["replace_all"] is not null ? new(id, phrases, InterruptionKind.ReplaceAll) { Dialog = Text(item, "replace_all") }
                : item["restart"] is not null ? new(id, phrases, InterruptionKind.Restart)
                : item["switch_language"] is not null ? new(id, phrases, InterruptionKind.SwitchLanguage) { Locale = Text(item, "switch_language") }
                : item["say"] is not null ? new(id, phrases, InterruptionKind.Say) { Say = TextList(item["say"]) }
                : null;
            if (definition is null)
            {
                errors.Add(new ContentError(document.File, document.LineOf(pointer), "it needs one of: begin, replace_all, restart, switch_language, say") { Within = $"interruption '{id}'" });
                continue;
            }

            interruptions.Add(new Located<InterruptionDefinition>(definition with
            {
                WinsOverAnswers = item["wins_over_answers"]?.GetValue<bool>() ?? false,
                SmallTalk = item["small_talk"]?.GetValue<bool>() ?? false,
                AlongsideAnswers = item["alongside_answers"]?.GetValue<bool>() ?? false,
                TellsAFact = item["tells_a_fact"]?.GetValue<bool>() ?? false,
                Finds = TextList(item["finds"]),
                NotWhen = Conditions(item["not_when"]),
                OnlyWhen = Conditions(item["only_when"]),
            }, document, pointer));
        }

        return new ConversationSettings(
            document,
            TextList(root["locales"]),
            Text(root, "start")!,
            TextList(root["start_events"]),
            (int)(root["max_attempts"]?.GetValue<long>() ?? 2),
            interruptions);
    }

    public Dictionary<string, LocalizedText> ReadStrings(IReadOnlyList<YamlDocument> documents, IReadOnlyList<string> locales)
    {
        var table = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var seenIn = new Dictionary<string, YamlDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var (id, node) in document.Root!["strings"]!.AsObject())
            {
                var pointer = YamlDocument.Child("/strings", id);
                if (seenIn.TryGetValue(id, out var earlier))
                {
                    errors.Add(new ContentError(document.File, document.LineOf(pointer), $"this string id is also defined in {earlier.File} (line {earlier.LineOf(pointer)}); keep one") { Within = $"string '{id}'" });
                    continue;
                }

                seenIn[id] = document;
                var perLocale = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                foreach (var (locale, value) in node!.AsObject())
                {
                    if (!locales.Contains(locale))
                    {
                        errors.Add(new ContentError(document.File, document.LineOf(YamlDocument.Child(pointer, locale)), $"'{locale}' is not one of the locales in conversation.yaml ({string.Join(", ", locales)})") { Within = $"string '{id}'" });
                        continue;
                    }

                    var texts = TextList(value);
                    if ((texts.Count == 0 && !MayBeEmpty(id, value)) || texts.Any(string.IsNullOrWhiteSpace))
                    {
                        errors.Add(new ContentError(document.File, document.LineOf(YamlDocument.Child(pointer, locale)), $"the '{locale}' text is empty") { Within = $"string '{id}'" });
                        continue;
                    }

                    perLocale[locale] = texts;
                }

                foreach (var missing in locales.Where(locale => !perLocale.ContainsKey(locale)))
                {
                    errors.Add(new ContentError(document.File, document.LineOf(pointer), $"there is no '{missing}' translation") { Within = $"string '{id}'" });
                }

                table[id] = new LocalizedText(perLocale, locales[0]);
            }
        }

        return table;
    }

    public List<LoadedDialog> ReadFlows(IReadOnlyList<YamlDocument> documents)
    {
        var dialogs = new List<LoadedDialog>();
        var seenIn = new Dictionary<string, YamlDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var (id, node) in document.Root!["dialogs"]!.AsObject())
            {
                var pointer = YamlDocument.Child("/dialogs", id);
                if (seenIn.TryGetValue(id, out var earlier))
                {
                    errors.Add(new ContentError(document.File, document.LineOf(pointer), $"this dialog id is also defined in {earlier.File} (line {earlier.LineOf(pointer)}); keep one") { Within = $"dialog '{id}'" });
                    continue;
                }

                seenIn[id] = document;
                var steps = new List<DialogStep>();
                var pointers = new List<string>();
                var stepNodes = node!["steps"]!.AsArray();
                for (var i = 0; i < stepNodes.Count; i++)
                {
                    var stepPointer = YamlDocument.Child(YamlDocument.Child(pointer, "steps"), i);
                    var step = ReadStep(document, id, stepPointer, stepNodes[i]!.AsObject());
                    if (step is null)
                    {
                        continue;
                    }

                    if (steps.Any(existing => existing.Id == step.Id))
                    {
                        errors.Add(new ContentError(document.File, step.Line, $"this step id is already used at line {steps.First(existing => existing.Id == step.Id).Line}; step ids must be unique within a dialog") { Within = $"dialog '{id}', step '{step.Id}'" });
                        continue;
                    }

                    steps.Add(step);
                    pointers.Add(stepPointer);
                }

                dialogs.Add(new LoadedDialog(new DialogDefinition(id, steps), document, pointer, pointers));
            }
        }

        return dialogs;
    }

    private DialogStep? ReadStep(YamlDocument document, string dialogId, string pointer, JsonObject node)
    {
        var id = Text(node, "id")!;
        var line = document.LineOf(pointer);
        var kinds = PromptKeys.Select(p => p.Key).Concat(OtherKindKeys).Where(node.ContainsKey).ToList();
        if (kinds.Count > 1)
        {
            errors.Add(new ContentError(document.File, line, $"the step does more than one thing ({string.Join(", ", kinds)}); split it into steps") { Within = $"dialog '{dialogId}', step '{id}'" });
            return null;
        }

        var say = TextList(node["say"]);
        var next = Text(node, "next");
        var remember = Conditions(node["remember"]);
        var set = Conditions(node["set"]);
        DialogStep Step(StepKind kind) => new(id, kind, line) { Say = say, Remember = remember, Set = set, Next = next };
        if (kinds.Count == 0)
        {
            if (say.Count == 0 && remember.Count == 0 && set.Count == 0)
            {
                errors.Add(new ContentError(document.File, line, $"the step does nothing; give it 'say', 'remember', 'set' or one of: {string.Join(", ", PromptKeys.Select(p => p.Key).Concat(OtherKindKeys))}") { Within = $"dialog '{dialogId}', step '{id}'" });
                return null;
            }

            return Step(StepKind.Say);
        }

        var kind = kinds[0];
        var prompt = PromptKeys.FirstOrDefault(p => p.Key == kind);
        if (prompt.Key is not null)
        {
            return Step(StepKind.Prompt) with { Prompt = ReadPrompt(prompt.Kind, node[kind]!.AsObject()) };
        }

        return kind switch
        {
            "action" => Step(StepKind.Action) with { Action = Text(node, "action") },
            "branch" => Step(StepKind.Branch) with { Branch = ReadBranch(node["branch"]!.AsArray()) },
            "call" => Step(StepKind.Call) with { Dialog = Text(node, "call") },
            "replace" => Step(StepKind.Replace) with { Next = null, Dialog = Text(node, "replace") },
            _ => Step(StepKind.End) with { Next = null, EndsAll = Text(node, "end") == "all" },
        };
    }

    private static PromptDefinition ReadPrompt(PromptKind kind, JsonObject node) => new(kind)
    {
        Text = Text(node, "prompt"),
        Into = Text(node, "into"),
        Source = Text(node, "options_from") ?? Text(node, "from"),
        Skippable = node["skippable"]?.GetValue<bool>() ?? false,
        Min = node["min"]?.GetValue<long>(),
        Max = node["max"]?.GetValue<long>(),
        YesNext = Text(node, "yes"),
        NoNext = Text(node, "no") ?? Text(node, "none"),
        Unsure = Text(node, "unsure"),
        YesWhenAsked = node["yes_when_asked"]?.AsArray().Select(id => id!.GetValue<string>()).ToList() ?? [],
        Suggest = Text(node, "suggest"),
        Finds = Text(node, "finds"),
        WhenAddedLater = Text(node, "when_added_later"),
        WhenEarlierAdded = Text(node, "when_earlier_added"),
        FillEarly = Text(node, "fill_early") switch { "skip" => FillEarly.Skip, "add" => FillEarly.Add, "only" => FillEarly.Only, _ => FillEarly.No },
        Understood = Text(node, "understood"),
        UnderstoodAdded = Text(node, "understood_added"),
        SayUnderstood = node["say_understood"]?.GetValue<bool>() ?? true,
        TypedStaysOpen = node["typed_stays_open"]?.GetValue<bool>() ?? false,
        AddsWhoElseIsThere = node["adds_who_else_is_there"]?.GetValue<bool>() ?? false,
        KeepsEarlierAnswers = node["keeps_earlier_answers"]?.GetValue<bool>() ?? false,
        Options = (node["options"]?.AsArray() ?? [])
            .Select(option => new OptionDefinition(Text(option!, "id")!, Text(option!, "label")!, Text(option!, "also"), Text(option!, "next")) { Understood = Text(option!, "understood"), Unless = Text(option!, "unless"), DeniedBy = Text(option!, "denied_by"), Denied = Text(option!, "denied"), Prefer = option!["prefer"]?.GetValue<bool>() ?? false, Early = option!["early"]?.GetValue<bool>() ?? true, Button = option!["button"]?.GetValue<bool>() ?? true, YieldsTo = option!["yields_to"]?.AsArray().Select(id => id!.GetValue<string>()).ToList() ?? [], When = Conditions(option!["when"]) })
            .ToList(),
    };

    private static List<BranchCase> ReadBranch(JsonArray cases) => cases
        .Select(item => new BranchCase(Conditions(item!["when"]), Text(item, "goto")!))
        .ToList();

    private static Dictionary<string, IReadOnlyList<string>> Conditions(JsonNode? when) =>
        (when?.AsObject() ?? []).ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)TextList(pair.Value), StringComparer.Ordinal);

    private static string? Text(JsonNode node, string name) => node[name] is JsonValue value ? value.ToString() : null;

    /// <summary>Word lists the recognizer reads (recognition_*) may be empty in a language that has no such words.</summary>
    private static bool MayBeEmpty(string id, JsonNode? value) =>
        id.StartsWith("recognition_", StringComparison.Ordinal) && value is JsonArray;

    private static List<string> TextList(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Select(item => item?.ToString() ?? string.Empty).ToList(),
        _ => [node.ToString()],
    };
}

internal sealed record Located<T>(T Value, YamlDocument Document, string Pointer)
{
    public int Line => Document.LineOf(Pointer);
}

internal sealed record ConversationSettings(
    YamlDocument Document,
    IReadOnlyList<string> Locales,
    string StartDialog,
    IReadOnlyList<string> StartEvents,
    int MaxAttempts,
    IReadOnlyList<Located<InterruptionDefinition>> LocatedInterruptions)
{
    public IReadOnlyList<InterruptionDefinition> Interruptions => LocatedInterruptions.Select(i => i.Value).ToList();
}

internal sealed record LoadedDialog(DialogDefinition Definition, YamlDocument Document, string Pointer, IReadOnlyList<string> StepPointers)
{
    public int Line => Document.LineOf(Pointer);
}
