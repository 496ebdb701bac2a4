using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Caching;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// Keeps one read-only list per set of recognizable options (the same option objects in the same order), so a question
/// asked again, turn after turn, hands the recognizers the very same list, and what they derive from a list (its
/// normalised phrases, its phrase index) is looked up instead of rebuilt. Bounded: when full it starts afresh.
/// </summary>
internal sealed class RecognizableOptionSets
{
    private const int MaxSets = 4_096;
    private readonly BoundedCache<Key, ReadOnlyCollection<RecognizableOption>> _sets = new(MaxSets);

    public IReadOnlyList<RecognizableOption> Of(IEnumerable<RecognizableOption> options)
    {
        var key = new Key([.. options]);
        if (_sets.TryGetValue(key, out var known))
        {
            return known;
        }

        if (_sets.Count >= _sets.Capacity)
        {
            _sets.Clear();
        }

        return _sets.GetOrAdd(key, k => Array.AsReadOnly(k.Options));
    }

    /// <summary>The options compared by identity, in order.</summary>
    private readonly struct Key(RecognizableOption[] options) : IEquatable<Key>
    {
        public RecognizableOption[] Options { get; } = options;

        public bool Equals(Key other)
        {
            if (Options.Length != other.Options.Length)
            {
                return false;
            }

            for (var i = 0; i < Options.Length; i++)
            {
                if (!ReferenceEquals(Options[i], other.Options[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var option in Options)
            {
                hash.Add(RuntimeHelpers.GetHashCode(option));
            }

            return hash.ToHashCode();
        }
    }
}
