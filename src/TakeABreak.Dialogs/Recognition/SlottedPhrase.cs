namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// A phrase naming vocabulary classes ("{mother}s boyfriend {harm_verb} {mother}"), kept as its parts in order, each a
/// fixed text or a slot holding the class's words, so that the phrase index holds it once instead of every combination.
/// <see cref="Listed"/> are the combinations the option's texts list for it (the first ones, up to a cap), which
/// whole-message comparisons use; inside a sentence the slots stand for them and for every combination after them.
/// </summary>
public sealed record SlottedPhrase(IReadOnlyList<PhraseSlot> Slots, IReadOnlyList<string> Listed);

/// <summary>
/// One part of a <see cref="SlottedPhrase"/>: the texts that may stand there. A fixed part has one text and no class
/// (<see cref="Class"/> -1); slots of the same class (numbered in the order the classes first appear) take the same word.
/// </summary>
public sealed record PhraseSlot(IReadOnlyList<string> Texts, int Class)
{
    public const int Fixed = -1;
}
