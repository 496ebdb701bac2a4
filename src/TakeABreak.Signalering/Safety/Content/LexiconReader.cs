using System.Globalization;
using System.Text.Json.Nodes;
using TakeABreak.Linguistics.Stemming;
using TakeABreak.Linguistics.Normalization;
using TakeABreak.Signalering.Content;
using TakeABreak.Signalering.Safety.Matching;

namespace TakeABreak.Signalering.Safety.Content;

/// <summary>Reads dialogs/safety/lexicon.yaml (already checked against its schema) and checks what a schema cannot.</summary>
internal static class LexiconReader
{
    private static Dictionary<TextLanguage, IReadOnlyList<char>> DroppedFinalLetters(JsonNode? node)
    {
        var letters = new Dictionary<TextLanguage, IReadOnlyList<char>>();
        if (node is not JsonObject perLanguage)
        {
            return letters;
        }

        foreach (var locale in SafetyLocales.All)
        {
            if (perLanguage[locale] is JsonArray list)
            {
                letters[SafetyLocales.LanguageOf(locale)] = [.. list.Select(letter => letter!.GetValue<string>()[0])];
            }
        }

        return letters;
    }

    private static RunTogetherSettings? RunTogether(JsonNode? node) =>
        node is JsonObject settings
            ? new RunTogetherSettings(
                [.. settings["openers"]!.AsArray().Select(word => TextNormalizer.NormalizeTerm(word!.GetValue<string>()))],
                [.. settings["closers"]!.AsArray().Select(word => TextNormalizer.NormalizeTerm(word!.GetValue<string>()))])
            : null;

    public static LexiconDefinition? Read(YamlDocument document, ICollection<ContentError> errors)
    {
        var root = document.Root!.AsObject();
        var errorCount = errors.Count;

        var matching = root["matching"]!.AsObject();
        var typos = matching["typos"]!.AsArray()
            .Select(node => new TypoAllowance(node!["min_length"]!.GetValue<int>(), node["max_edits"]!.GetValue<int>()))
            .ToList();
        var settings = new MatchingSettings(
            typos,
            matching["negation_window"]!.GetValue<int>(),
            matching["time_window"]!.GetValue<int>(),
            matching["gap_max"]!.GetValue<int>(),
            matching["habit_window"]?.GetValue<int>() ?? matching["time_window"]!.GetValue<int>(),
            matching["transposition_min_length"]?.GetValue<int>() ?? int.MaxValue,
            DroppedFinalLetters(matching["dropped_final_letters"]),
            RunTogether(matching["run_together"]));

        var ordinaryWords = new List<string>();
        if (root["ordinary_words"] is JsonObject ordinary)
        {
            foreach (var locale in SafetyLocales.All)
            {
                ordinaryWords.AddRange(ordinary[locale]?.AsArray().Select(word => word!.GetValue<string>()) ?? []);
            }
        }

        var numberWords = new List<string>();
        var smallestNumber = root["number_words"]?["smallest"]?.GetValue<int>() ?? int.MaxValue;
        if (root["number_words"] is JsonObject numbers)
        {
            foreach (var locale in SafetyLocales.All)
            {
                numberWords.AddRange(numbers[locale]?.AsArray().Select(word => word!.GetValue<string>()) ?? []);
            }
        }

        var concepts = new List<ConceptDefinition>();
        var conceptIds = new HashSet<string>(StringComparer.Ordinal);
        var termOwners = new Dictionary<string, string>(StringComparer.Ordinal);

        // A subject pronoun is grammar, not meaning: "hij" is both the subject and the actor.
        var subjectTermOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        var conceptNodes = root["concepts"]!.AsArray();
        for (var c = 0; c < conceptNodes.Count; c++)
        {
            var pointer = "/concepts/" + c.ToString(CultureInfo.InvariantCulture);
            var node = conceptNodes[c]!.AsObject();
            var id = node["id"]!.GetValue<string>();
            if (!conceptIds.Add(id))
            {
                errors.Add(new ContentError(document.File, document.LineOf(pointer + "/id"), "this concept is defined twice") { Within = $"concept '{id}'" });
            }

            var owners = node["role"]?.GetValue<string>() == "subject" ? subjectTermOwners : termOwners;
            var terms = new List<TermDefinition>();
            foreach (var locale in SafetyLocales.All)
            {
                var termNodes = node[locale]!.AsArray();
                for (var t = 0; t < termNodes.Count; t++)
                {
                    var line = document.LineOf($"{pointer}/{locale}/{t.ToString(CultureInfo.InvariantCulture)}");
                    var text = termNodes[t]!.GetValue<string>();
                    var parts = TermSyntax.Parse(text, out var error);
                    if (error is not null)
                    {
                        errors.Add(new ContentError(document.File, line, $"term '{text}': {error}") { Within = $"concept '{id}'" });
                        continue;
                    }

                    var key = string.Join(' ', parts.Select(part => part.Kind == TermPartKind.Prefix ? part.Text + "*" : part.Text));
                    if (owners.TryGetValue(key, out var owner) && owner != id)
                    {
                        errors.Add(new ContentError(document.File, line, $"term '{text}' is also a term of concept '{owner}'") { Within = $"concept '{id}'" });
                        continue;
                    }

                    owners[key] = id;
                    terms.Add(new TermDefinition(text, line, SafetyLocales.LanguageOf(locale)));
                }
            }

            var formGivesTime = node["form_gives_time"]?.GetValue<bool>() ?? false;
            var timeFromVerb = node["time_from_verb"]?.GetValue<bool>() ?? false;
            var said = node["said"]?.GetValue<bool>() ?? false;
            var placesWhatCameBefore = node["places_what_came_before"]?.GetValue<bool>() ?? false;
            if (placesWhatCameBefore && ParseRole(node["role"]!.GetValue<string>()) != ConceptRole.OtherTimeMarker)
            {
                errors.Add(new ContentError(document.File, document.LineOf($"{pointer}/places_what_came_before"), "places_what_came_before is only for an other_time_marker") { Within = $"concept '{id}'" });
            }
            concepts.Add(new ConceptDefinition(
                id, ParseRole(node["role"]!.GetValue<string>()), terms, formGivesTime, timeFromVerb,
                Names(node, "yields_to"), Names(node, "ends_at_a_new_subject"), Names(node, "not_when_now"), Names(node, "yields_to_times"), said,
                Names(node, "these_days_terms"), Names(node, "these_days_with"), Names(node, "these_days_after"), placesWhatCameBefore));
        }

        CheckYieldsTo(document, conceptNodes, concepts, errors);

        return errors.Count == errorCount ? new LexiconDefinition(settings, ordinaryWords, concepts, ReadVerbForms(root), numberWords, smallestNumber) : null;
    }

    /// <summary>A blocker may only yield to (or end at) signals the lexicon defines: a misspelt id would silently never count.</summary>
    private static void CheckYieldsTo(YamlDocument document, JsonArray conceptNodes, List<ConceptDefinition> concepts, ICollection<ContentError> errors)
    {
        var signals = concepts.Where(concept => concept.Role == ConceptRole.Signal).Select(concept => concept.Id).ToHashSet(StringComparer.Ordinal);
        for (var c = 0; c < concepts.Count; c++)
        {
            var yieldsTo = concepts[c].YieldsTo ?? [];
            for (var y = 0; y < yieldsTo.Count; y++)
            {
                if (!signals.Contains(yieldsTo[y]))
                {
                    var pointer = $"/concepts/{c.ToString(CultureInfo.InvariantCulture)}/yields_to/{y.ToString(CultureInfo.InvariantCulture)}";
                    errors.Add(new ContentError(document.File, document.LineOf(pointer), $"it yields to unknown signal '{yieldsTo[y]}'") { Within = $"concept '{concepts[c].Id}'" });
                }
            }

            var notWhenNow = concepts[c].NotWhenNow ?? [];
            for (var n = 0; n < notWhenNow.Count; n++)
            {
                if (!signals.Contains(notWhenNow[n]))
                {
                    var pointer = $"/concepts/{c.ToString(CultureInfo.InvariantCulture)}/not_when_now/{n.ToString(CultureInfo.InvariantCulture)}";
                    errors.Add(new ContentError(document.File, document.LineOf(pointer), $"it lets through unknown signal '{notWhenNow[n]}'") { Within = $"concept '{concepts[c].Id}'" });
                }
            }

            var times = concepts[c].YieldsToTimes ?? [];
            for (var t = 0; t < times.Count; t++)
            {
                if (!concepts.Exists(concept => concept.Id == times[t] && concept.Role is ConceptRole.OtherTimeMarker or ConceptRole.HabitMarker))
                {
                    var pointer = $"/concepts/{c.ToString(CultureInfo.InvariantCulture)}/yields_to_times/{t.ToString(CultureInfo.InvariantCulture)}";
                    errors.Add(new ContentError(document.File, document.LineOf(pointer), $"it yields to '{times[t]}', which is no other-time or habit marker") { Within = $"concept '{concepts[c].Id}'" });
                }
            }

            CheckTheseDaysTimes(document, concepts, c, "these_days_with", concepts[c].TheseDaysWith, errors);
            CheckTheseDaysTimes(document, concepts, c, "these_days_after", concepts[c].TheseDaysAfter, errors);

            var theseDaysTerms = concepts[c].TheseDaysTerms ?? [];
            if (theseDaysTerms.Count > 0 && concepts[c].TheseDaysWith is not { Count: > 0 } && concepts[c].TheseDaysAfter is not { Count: > 0 })
            {
                var pointer = $"/concepts/{c.ToString(CultureInfo.InvariantCulture)}/these_days_terms";
                errors.Add(new ContentError(document.File, document.LineOf(pointer), "these_days_terms mean 'these days' only with these_days_with or these_days_after, and it gives neither") { Within = $"concept '{concepts[c].Id}'" });
            }

            for (var t = 0; t < theseDaysTerms.Count; t++)
            {
                if (!concepts[c].Terms.Any(term => term.Text == theseDaysTerms[t]))
                {
                    var pointer = $"/concepts/{c.ToString(CultureInfo.InvariantCulture)}/these_days_terms/{t.ToString(CultureInfo.InvariantCulture)}";
                    errors.Add(new ContentError(document.File, document.LineOf(pointer), $"'{theseDaysTerms[t]}' means 'these days' but is no term of this concept") { Within = $"concept '{concepts[c].Id}'" });
                }
            }

            var endsAt = concepts[c].EndsAtANewSubject ?? [];
            for (var e = 0; e < endsAt.Count; e++)
            {
                if (!signals.Contains(endsAt[e]))
                {
                    var pointer = $"/concepts/{c.ToString(CultureInfo.InvariantCulture)}/ends_at_a_new_subject/{e.ToString(CultureInfo.InvariantCulture)}";
                    errors.Add(new ContentError(document.File, document.LineOf(pointer), $"it ends at unknown signal '{endsAt[e]}'") { Within = $"concept '{concepts[c].Id}'" });
                }
            }
        }
    }

    /// <summary>A list of names (concept ids or terms) a concept gives under <paramref name="property"/>; null when it gives none.</summary>
    private static List<string>? Names(JsonNode node, string property) =>
        node[property] is JsonArray items ? [.. items.Select(item => item!.GetValue<string>())] : null;

    /// <summary>Only a now word can mean "these days", and only with time words (other-time or habit markers).</summary>
    private static void CheckTheseDaysTimes(YamlDocument document, List<ConceptDefinition> concepts, int c, string property, IReadOnlyList<string>? times, ICollection<ContentError> errors)
    {
        for (var t = 0; t < (times?.Count ?? 0); t++)
        {
            var pointer = $"/concepts/{c.ToString(CultureInfo.InvariantCulture)}/{property}/{t.ToString(CultureInfo.InvariantCulture)}";
            if (concepts[c].Role != ConceptRole.NowMarker)
            {
                errors.Add(new ContentError(document.File, document.LineOf(pointer), "only a now_marker can mean 'these days'") { Within = $"concept '{concepts[c].Id}'" });
            }
            else if (!concepts.Exists(concept => concept.Id == times![t] && concept.Role is ConceptRole.OtherTimeMarker or ConceptRole.HabitMarker))
            {
                errors.Add(new ContentError(document.File, document.LineOf(pointer), $"it means 'these days' with '{times![t]}', which is no other-time or habit marker") { Within = $"concept '{concepts[c].Id}'" });
            }
        }
    }

    private static Dictionary<TextLanguage, VerbForms> ReadVerbForms(JsonObject root)
    {
        var forms = new Dictionary<TextLanguage, VerbForms>();
        foreach (var locale in SafetyLocales.All)
        {
            if (root["verb_forms"]?[locale] is not JsonObject node)
            {
                forms[SafetyLocales.LanguageOf(locale)] = VerbForms.None;
                continue;
            }

            forms[SafetyLocales.LanguageOf(locale)] = new VerbForms(
                Words(node, "progressive_suffixes"),
                Words(node, "past_prefixes"),
                Words(node, "past_suffixes"),
                new HashSet<string>(Words(node, "past_words"), StringComparer.Ordinal),
                Words(node, "habitual_suffixes"),
                new HashSet<string>(Words(node, "not_verbs"), StringComparer.Ordinal),
                node["progressive_particle"] is { } particle ? TextNormalizer.NormalizeTerm(particle.GetValue<string>()) : null,
                new HashSet<string>(Words(node, "posture_verbs"), StringComparer.Ordinal));
        }

        return forms;
    }

    private static List<string> Words(JsonObject node, string name) =>
        node[name]?.AsArray().Select(word => TextNormalizer.NormalizeTerm(word!.GetValue<string>())).Where(word => word.Length > 0).ToList() ?? [];

    private static readonly Dictionary<string, ConceptRole> Roles = new(StringComparer.Ordinal)
    {
        ["signal"] = ConceptRole.Signal,
        ["now_marker"] = ConceptRole.NowMarker,
        ["present_marker"] = ConceptRole.PresentMarker,
        ["other_time_marker"] = ConceptRole.OtherTimeMarker,
        ["storage_place_marker"] = ConceptRole.StoragePlaceMarker,
        ["habit_marker"] = ConceptRole.HabitMarker,
        ["reported_speech_marker"] = ConceptRole.ReportedSpeechMarker,
        ["distant_past_marker"] = ConceptRole.DistantPastMarker,
        ["supposition_marker"] = ConceptRole.SuppositionMarker,
        ["negation"] = ConceptRole.Negation,
        ["blocker"] = ConceptRole.Blocker,
        ["clause_break"] = ConceptRole.ClauseBreak,
        ["subject"] = ConceptRole.Subject,
        ["negation_boundary"] = ConceptRole.NegationBoundary,
        ["neutral"] = ConceptRole.Neutral,
    };

    /// <summary>The role as the lexicon writes it ("now_marker").</summary>
    internal static string RoleName(ConceptRole role) => Roles.First(pair => pair.Value == role).Key;

    private static ConceptRole ParseRole(string role) =>
        Roles.TryGetValue(role, out var parsed) ? parsed : throw new ArgumentOutOfRangeException(nameof(role), role, "the schema allows no other role");
}
