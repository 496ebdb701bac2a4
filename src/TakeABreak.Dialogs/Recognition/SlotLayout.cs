namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// A <see cref="SlottedPhrase"/> as the phrase index numbers it: every word of every text of every slot has its own
/// position in the phrase, so that a typed word can say which text of which slot it stands for.
/// </summary>
internal sealed class SlotLayout
{
    private readonly Dictionary<int, int> _firstSlotTextAt = [];

    public SlotLayout(SlottedPhrase phrase)
    {
        Words = phrase.Slots.Select(slot => slot.Texts.Select(text => AnalyzedText.Phrase(text.Replace(PhraseIndex.AnyWordsBetween, " ", StringComparison.Ordinal))).ToArray()).ToArray();
        Classes = phrase.Slots.Select(slot => slot.Class).ToArray();
        ClassSizes = new int[Classes.Length == 0 ? 0 : Classes.Max() + 1];
        for (var slot = 0; slot < Classes.Length; slot++)
        {
            if (Classes[slot] != PhraseSlot.Fixed)
            {
                ClassSizes[Classes[slot]] = Words[slot].Length;
            }
        }

        Offsets = new int[Words.Length][];
        var next = 0;
        for (var slot = 0; slot < Words.Length; slot++)
        {
            Offsets[slot] = new int[Words[slot].Length];
            for (var text = 0; text < Words[slot].Length; text++)
            {
                Offsets[slot][text] = next;
                if (slot == 0)
                {
                    _firstSlotTextAt[next] = text;
                }

                next += Words[slot][text].Words.Length;
            }
        }

        HasEmptyText = Words.Length == 0 || Words.Any(texts => texts.Length == 0 || texts.Any(text => text.Words.Length == 0));
    }

    /// <summary>Per slot, per text: its words.</summary>
    public AnalyzedText[][] Words { get; }

    /// <summary>Per slot, per text: the position of its first word.</summary>
    public int[][] Offsets { get; }

    /// <summary>Per slot: its class (the same number takes the same text), or <see cref="PhraseSlot.Fixed"/>.</summary>
    public int[] Classes { get; }

    /// <summary>How many words each class has.</summary>
    public int[] ClassSizes { get; }

    /// <summary>A text that has no words at all (only punctuation) would let a slot be skipped; such a phrase is left out.</summary>
    public bool HasEmptyText { get; }

    /// <summary>Whether the position is the first word of a text of the first slot.</summary>
    public bool Begins(int position) => _firstSlotTextAt.ContainsKey(position);

    /// <summary>The text of the first slot that begins at <paramref name="position"/>.</summary>
    public int FirstSlotTextAt(int position) => _firstSlotTextAt[position];

    /// <summary>
    /// The number of a combination (a chosen text per class) in the order the combinations are listed: the class named
    /// first changes slowest.
    /// </summary>
    public long Rank(IReadOnlyList<int> chosen)
    {
        var rank = 0L;
        for (var @class = 0; @class < ClassSizes.Length; @class++)
        {
            rank = (rank * ClassSizes[@class]) + chosen[@class];
        }

        return rank;
    }
}
