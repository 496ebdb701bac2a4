namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// A phrase naming vocabulary classes whose combinations are too many to list one by one ("{mother}s boyfriend
/// {harm_verb} {mother}"): its parts in order, each a fixed text or a slot holding the class's words. Inside a sentence
/// it is found slot by slot; the first <see cref="Listed"/> combinations are also listed as texts of their own (for
/// whole-message comparisons) and are found as those, so the slots find only the combinations after them.
/// </summary>
public sealed record SlottedPhrase(IReadOnlyList<PhraseSlot> Slots, long Listed);

/// <summary>
/// One part of a <see cref="SlottedPhrase"/>: the texts that may stand there. A fixed part has one text and no class
/// (<see cref="Class"/> -1); slots of the same class (numbered in the order the classes first appear) take the same word.
/// </summary>
public sealed record PhraseSlot(IReadOnlyList<string> Texts, int Class)
{
    public const int Fixed = -1;
}
