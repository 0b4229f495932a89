using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>A draft as JSON (for scripts and measuring; the field names follow seeds/registry.json) or as lines for a person.</summary>
public static class DraftReport
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Json(ReleaseDraft draft)
    {
        var json = new JsonObject
        {
            ["language"] = draft.Language,
            ["type"] = Node(draft.Type, t => t.ToString()),
            ["title"] = Node(draft.Title, t => t),
            ["effectiveOn"] = Node(draft.EffectiveOn, d => Iso(d)),
            ["effectiveOnAsStated"] = Node(draft.EffectiveOnAsStated, s => s),
            ["effectiveOnInferred"] = Node(draft.EffectiveOnInferred, b => b),
            ["term"] = Node(draft.Term, t => t.Length is { } n ? new JsonObject { [t.Unit == Domain.TermUnit.Years ? "years" : "months"] = n }
                : t.EndsOn is { } end ? new JsonObject { ["endsOn"] = Iso(end) } : null),
            ["partnerOrdinal"] = Node(draft.PartnerOrdinal, n => n),
            ["source"] = new JsonObject
            {
                ["publisher"] = Node(draft.Source.Publisher, s => s),
                ["title"] = Node(draft.Source.Title, s => s),
                ["publishedOn"] = Node(draft.Source.PublishedOn, d => Iso(d)),
                ["url"] = Node(draft.Source.Url, s => s),
            },
            ["parties"] = new JsonArray([.. draft.Parties.Select(Party)]),
            ["people"] = new JsonArray([.. draft.People.Select(Person)]),
        };
        return json.ToJsonString(Indented);
    }

    public static string Text(ReleaseDraft draft)
    {
        var text = new StringBuilder();
        Line(text, "Type", draft.Type, t => t.ToString());
        Line(text, "Title", draft.Title, t => t);
        foreach (var party in draft.Parties)
        {
            var who = party.Slug is { } slug ? $"{slug} (matched by {party.MatchedBy})" : $"new organization \"{party.AsWritten}\"{Proposal(party.Proposed!)}";
            text.AppendLine(CultureInfo.InvariantCulture, $"Party: {who}, {party.Role}\n    from: {party.Sentence}");
        }

        foreach (var person in draft.People)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{person.Role}: {person.Name}; title: {person.Title.Value ?? "(not found)"}; acts for: {person.ActsFor.Value ?? "(not found)"}\n    from: {person.Sentence}");
        }

        Line(text, "Effective on", draft.EffectiveOn, Iso);
        Line(text, "Effective date as stated", draft.EffectiveOnAsStated, s => s);
        Line(text, "Year inferred", draft.EffectiveOnInferred, b => b ? "yes" : "no");
        Line(text, "Term", draft.Term, t => t.ToString());
        Line(text, "Partner ordinal", draft.PartnerOrdinal, n => n.ToString(CultureInfo.InvariantCulture));
        Line(text, "Source publisher", draft.Source.Publisher, s => s);
        Line(text, "Source title", draft.Source.Title, s => s);
        Line(text, "Source published on", draft.Source.PublishedOn, Iso);
        Line(text, "Source address", draft.Source.Url, s => s);
        return text.ToString();
    }

    private static string Proposal(ProposedOrganization proposed) =>
        $" (country: {proposed.CountryCode.Value ?? "not stated"}; kind: {(proposed.Kind.Filled ? proposed.Kind.Value.ToString() : "not stated")}; short name: {proposed.ShortName.Value ?? "none"})";

    private static void Line<T>(StringBuilder text, string label, Field<T> field, Func<T, string> show)
        where T : notnull
    {
        text.AppendLine(field.Filled ? $"{label}: {show(field.Value!)}" : $"{label}: (not found) {field.Note}");
        if (field.Filled && !string.IsNullOrEmpty(field.Sentence))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    from: {field.Sentence}");
        }

        if (field.Filled && field.Note is { } note)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    note: {note}");
        }
    }

    private static JsonObject Party(DraftParty party) => new()
    {
        ["organization"] = party.Slug,
        ["asWritten"] = party.AsWritten,
        ["matchedBy"] = party.MatchedBy,
        ["role"] = party.Role.ToString(),
        ["sentence"] = party.Sentence,
        ["proposed"] = party.Proposed is not { } p ? null : new JsonObject
        {
            ["name"] = p.Name,
            ["shortName"] = Node(p.ShortName, s => s),
            ["country"] = Node(p.CountryCode, s => s),
            ["city"] = Node(p.City, s => s),
            ["kind"] = Node(p.Kind, k => k.ToString()),
        },
    };

    private static JsonObject Person(DraftPerson person) => new()
    {
        ["name"] = person.Name,
        ["role"] = person.Role.ToString(),
        ["title"] = Node(person.Title, s => s),
        ["organization"] = Node(person.ActsFor, s => s),
        ["sentence"] = person.Sentence,
    };

    /// <summary>{ value, sentence, note }: value is null when the field is empty, and the note says why.</summary>
    private static JsonObject Node<T>(Field<T> field, Func<T, JsonNode?> value)
        where T : notnull => new()
    {
        ["value"] = field.Filled ? value(field.Value!) : null,
        ["sentence"] = string.IsNullOrEmpty(field.Sentence) ? null : field.Sentence,
        ["note"] = field.Note,
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
