namespace TakeABreak.Dialogs.Content;

/// <summary>The string ids the engine itself uses; every content set must define them.</summary>
public static class EngineStrings
{
    public const string NotUnderstood = "engine_not_understood";
    public const string Yes = "engine_yes";
    public const string No = "engine_no";
    public const string Skip = "engine_skip";
    public const string None = "engine_none";
    public const string ChecklistSubmit = "engine_checklist_submit";
    public const string ChecklistHint = "engine_checklist_hint";
    public const string NumberInvalid = "engine_number_invalid";
    public const string LanguageSwitched = "engine_language_switched";
    public const string ContentChanged = "engine_content_changed";

    public static IReadOnlyList<string> All { get; } =
        [NotUnderstood, Yes, No, Skip, None, ChecklistSubmit, ChecklistHint, NumberInvalid, LanguageSwitched, ContentChanged];
}
