using System.Globalization;
using System.Text.Json.Nodes;
using TakeABreak.Bot.Staff.Pages;
using TakeABreak.BotFramework.Hosting;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Bot.Consultations.Delivery;

/// <summary>
/// The Adaptive Card a consultation request gets in the staff channel (in Dutch): urgency in colour and in words, who
/// asks (and a professional's work field when they named it), about whom, the signs and the answers about the situation
/// (what makes it serious: threats, children present, how often), how the person wants to be reached (the way only) and
/// whether someone else can see their phone or mail, how long it waits, the reference and its status, the buttons Oppakken
/// and Afsluiten (with the outcome) as Universal Actions, and a link to the request on the staff page. Never the contact
/// details, the safe moment or the person's own words: a Teams channel is read by many and kept by the organisation.
/// </summary>
internal sealed class StaffCard(StaffLabels labels, AssessmentContent assessment, PublicBaseUrl baseUrl)
{
    public const string Version = "1.5";
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string ClaimVerb = "consultation.claim";
    public const string CloseVerb = "consultation.close";
    public const string IdKey = "consultationId";
    public const string OutcomeKey = "outcome";

    private static readonly TimeZoneInfo Amsterdam = FindAmsterdam();

    /// <summary>The card as it is now; <paramref name="notice"/> is a line for the staff member who pressed a button that changed nothing.</summary>
    public JsonObject Build(ConsultationRecord record, DateTimeOffset now, string? notice = null)
    {
        var urgency = labels.Urgency(record.Urgency);
        JsonNode[] facts =
        [
            Fact(labels.Text("staff_col_reference"), record.Reference),
            Fact(labels.Text("staff_col_urgency"), urgency),
            Fact(labels.Text("staff_col_audience"), labels.Audience(record.Request.Audience)),
            .. FieldFact(record.Request.Field),
            Fact(labels.Text("staff_about"), Or(labels.PersonTypes(record.Request.PersonTypes))),
            Fact(labels.Text("staff_card_signals"), Or(string.Join(", ", record.Request.SignalIds.Select(SignalLabel)))),
            Fact(labels.Text("staff_card_situation"), Or(string.Join(", ", record.Request.ContextFactors.Select(SituationLabel)))),
            Fact(labels.Text("staff_contact_way"), labels.ContactWay(record.Request.Contact.Way)),
            .. OthersMaySeeFact(record.Request.Contact.OthersMaySee),
            Fact(labels.Text("staff_created"), $"{labels.Age(now - record.CreatedAt)} {labels.Text("staff_card_ago")} ({When(record.CreatedAt)})"),
            Fact(labels.Text("staff_col_status"), Status(record)),
            .. PersonAddedFact(record),
        ];

        var body = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "Container",
                ["style"] = Style(record.Urgency),
                ["bleed"] = true,
                ["items"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["type"] = "TextBlock",
                        ["text"] = $"{urgency}: {labels.Text("staff_request").ToLowerInvariant()} {record.Reference}",
                        ["weight"] = "Bolder",
                        ["size"] = "Medium",
                        ["color"] = Colour(record.Urgency),
                        ["wrap"] = true,
                    },
                },
            },
            new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray(facts) },
        };

        if (notice is not null)
        {
            body.Insert(1, new JsonObject { ["type"] = "TextBlock", ["text"] = notice, ["weight"] = "Bolder", ["wrap"] = true });
        }

        if (record.Status == ConsultationStatus.Withdrawn)
        {
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = labels.Text("staff_withdrawn_attention"),
                ["color"] = "Attention",
                ["weight"] = "Bolder",
                ["wrap"] = true,
            });
        }
        else if (record.Status == ConsultationStatus.New && (record.EscalatedAt is not null || record.RemindedAt is not null))
        {
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = labels.Text(record.EscalatedAt is not null ? "staff_escalated" : "staff_reminder"),
                ["color"] = "Attention",
                ["weight"] = "Bolder",
                ["wrap"] = true,
            });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["fallbackText"] = $"{urgency}: {record.Reference} ({Status(record)})",
            ["body"] = body,
        };
        if (Actions(record) is { Count: > 0 } actions)
        {
            card["actions"] = actions;
        }

        return card;
    }

    private JsonArray Actions(ConsultationRecord record)
    {
        var actions = new JsonArray();
        if (record.Status == ConsultationStatus.New)
        {
            actions.Add(Execute(labels.Text("staff_claim"), ClaimVerb, record.Id));
        }

        actions.Add(new JsonObject
        {
            ["type"] = "Action.OpenUrl",
            ["title"] = labels.Text("staff_card_open"),
            ["url"] = baseUrl.Combine("staff/requests/" + Uri.EscapeDataString(record.Id)),
        });

        if (record.Status is ConsultationStatus.New or ConsultationStatus.Claimed)
        {
            var choices = new JsonArray();
            foreach (var outcome in ConsultationOutcomeIds.All)
            {
                choices.Add(new JsonObject { ["title"] = labels.Outcome(outcome), ["value"] = outcome.ToId() });
            }

            actions.Add(new JsonObject
            {
                ["type"] = "Action.ShowCard",
                ["title"] = labels.Text("staff_close"),
                ["card"] = new JsonObject
                {
                    ["type"] = "AdaptiveCard",
                    ["body"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["type"] = "Input.ChoiceSet",
                            ["id"] = OutcomeKey,
                            ["label"] = labels.Text("staff_choose_outcome"),
                            ["isRequired"] = true,
                            ["errorMessage"] = labels.Text("staff_choose_outcome"),
                            ["choices"] = choices,
                        },
                    },
                    ["actions"] = new JsonArray { Execute(labels.Text("staff_close"), CloseVerb, record.Id) },
                },
            });
        }

        return actions;
    }

    private string Status(ConsultationRecord record) => record.Status switch
    {
        ConsultationStatus.Claimed when record.ClaimedAt is { } at => $"{labels.Status(record.Status)} {labels.Text("staff_card_by")} {labels.StaffMember(record.Assignee)} ({When(at)})",
        ConsultationStatus.Closed when record.ClosedAt is { } at =>
            $"{labels.Status(record.Status)} {labels.Text("staff_card_by")} {labels.StaffMember(record.Assignee)} ({When(at)}): {(record.Outcome is { } outcome ? labels.Outcome(outcome) : string.Empty)}".TrimEnd(' ', ':'),
        ConsultationStatus.Withdrawn when record.WithdrawnAt is { } at => $"{labels.Status(record.Status)} ({When(at)})",
        _ => labels.Status(record.Status),
    };

    /// <summary>When the person last added something in the chat (the time only: what they wrote is on the staff page).</summary>
    private JsonObject[] PersonAddedFact(ConsultationRecord record) =>
        record.Notes.LastOrDefault(note => note.Author == AuditActions.Person) is { } added && record.Status is ConsultationStatus.New or ConsultationStatus.Claimed
            ? [Fact(labels.Text("staff_card_person_added"), When(added.At))]
            : [];

    private string SignalLabel(string id) => assessment.Signals.Contains(id) ? assessment.Signals.Get(id).Label.In("nl") : id;

    /// <summary>An answer about the situation as it reads on its own ("Vaak", "Ja, er is gedreigd om iemand te doden").</summary>
    private string SituationLabel(string id)
    {
        try
        {
            return assessment.Context.GetAnswer(id).Summary.In("nl");
        }
        catch (ArgumentException)
        {
            return id;
        }
    }

    private string Or(string text) => text.Length == 0 ? labels.Text("staff_card_unknown") : text;

    private static JsonObject Execute(string title, string verb, string consultationId) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = new JsonObject { [IdKey] = consultationId },
    };

    /// <summary>A professional's work field, only when they named it.</summary>
    private JsonObject[] FieldFact(string? field) =>
        labels.Field(field) is { } label ? [Fact(labels.Text("staff_field"), label)] : [];

    /// <summary>Whether someone else can see the person's phone or mail, only when they were asked.</summary>
    private JsonObject[] OthersMaySeeFact(bool? othersMaySee) =>
        othersMaySee is { } may ? [Fact(labels.Text("staff_others_may_see"), labels.Text(may ? "staff_yes" : "staff_no"))] : [];

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    /// <summary>Red for urgent and acute, orange for a concern, plain for information.</summary>
    private static string Style(UrgencyLevel level) => level >= UrgencyLevel.Urgent ? "attention" : level == UrgencyLevel.Concern ? "warning" : "default";

    private static string Colour(UrgencyLevel level) => level >= UrgencyLevel.Urgent ? "Attention" : level == UrgencyLevel.Concern ? "Warning" : "Default";

    private static string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Amsterdam).ToString("d-M HH:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindAmsterdam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
