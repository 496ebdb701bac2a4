namespace TakeABreak.Signalering.Safety;

/// <summary>Which signal concepts were found in a text, and in which clauses, for checking rules in constant time.</summary>
internal sealed class SignalsFound
{
    private readonly bool[] _anywhere;
    private readonly HashSet<long> _inClause = [];

    public SignalsFound(int conceptCount) => _anywhere = new bool[conceptCount];

    /// <summary>Notes a signal found in a clause.</summary>
    public void Add(int concept, int clause)
    {
        _anywhere[concept] = true;
        _inClause.Add(Key(concept, clause));
    }

    public bool Contains(int concept) => _anywhere[concept];

    public bool Contains(int concept, int clause) => _inClause.Contains(Key(concept, clause));

    private static long Key(int concept, int clause) => ((long)clause << 32) | (uint)concept;
}
