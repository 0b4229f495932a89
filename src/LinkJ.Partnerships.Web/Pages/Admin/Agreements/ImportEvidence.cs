using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Import;
using LinkJ.Partnerships.Web.Pages.Admin.Organizations;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

/// <summary>What the form shows beside a field filled from a release: the sentence it came from, or why it is empty.</summary>
public sealed record FieldEvidence(bool Filled, string? Sentence, string? Note);

/// <summary>
/// A release's draft laid onto the agreement form: <see cref="Fill"/> copies the values into the input, and
/// <see cref="For"/> gives each form field its evidence, keyed by the field's name ("Input.Title", "Input.People[0].Party").
/// Matched parties fill the party rows in the draft's order; a proposed new organization fills the "new organization" fields.
/// </summary>
public sealed class ImportEvidence
{
    private readonly Dictionary<string, FieldEvidence> _fields = new(StringComparer.Ordinal);

    private ImportEvidence(ReleaseDraft draft) => Draft = draft;

    public ReleaseDraft Draft { get; }

    public IEnumerable<DraftParty> Proposed => Draft.Parties.Where(p => p.Slug is null);

    public FieldEvidence? For(string field) => _fields.GetValueOrDefault(field);

    /// <summary>
    /// Fills the "new organization" fields with one proposed organization, and gives the name field its sentence.
    /// The form offers each proposal in turn: the first at once, the next after one is added, any on request.
    /// </summary>
    public void Propose(DraftParty party, OrganizationInput newOrganization)
    {
        if (party.Proposed is not { } proposed)
        {
            return;
        }

        Found("NewOrganization.Name", party.Sentence, $"Not in the registry: add it, and it becomes a party. Country: {proposed.CountryCode.Value ?? "not stated"}; kind: {(proposed.Kind.Filled ? proposed.Kind.Value.ToString() : "not stated")}.");
        newOrganization.Name = proposed.Name;
        newOrganization.ShortName = proposed.ShortName.Value;
        newOrganization.CountryCode = proposed.CountryCode.Value;
        newOrganization.City = proposed.City.Value;
        newOrganization.Kind = proposed.Kind.Filled ? proposed.Kind.Value : newOrganization.Kind;
    }

    /// <summary>The evidence alone, for a post-back that keeps what the admin has typed since.</summary>
    public static ImportEvidence Of(ReleaseDraft draft, IReadOnlyDictionary<string, string> namesBySlug) =>
        Fill(draft, namesBySlug, new AgreementInput(), new OrganizationInput());

    public static ImportEvidence Fill(ReleaseDraft draft, IReadOnlyDictionary<string, string> namesBySlug, AgreementInput input, OrganizationInput newOrganization)
    {
        var evidence = new ImportEvidence(draft);
        input.Type = evidence.Set("Input.Type", draft.Type, input.Type);
        input.Title = evidence.Text("Input.Title", draft.Title);
        evidence.Missing("Input.Summary", "The importer does not write summaries.");

        input.Parties.Clear();
        foreach (var party in draft.Parties.Where(p => p.Slug is not null && namesBySlug.ContainsKey(p.Slug)))
        {
            evidence.Found($"Input.Parties[{input.Parties.Count}].Organization", party.Sentence, $"\"{party.AsWritten}\", matched by {party.MatchedBy}");
            input.Parties.Add(new PartyInput { Organization = namesBySlug[party.Slug!], Role = party.Role });
        }

        if (draft.Parties.Count == 0)
        {
            evidence.Missing("Input.Parties", "No announcing sentence naming the parties was found.");
        }

        if (evidence.Proposed.FirstOrDefault() is { } first)
        {
            evidence.Propose(first, newOrganization);
        }

        input.People.Clear();
        foreach (var person in draft.People)
        {
            var row = $"Input.People[{input.People.Count}]";
            evidence.Found($"{row}.Name", person.Sentence, person.Role == ParticipantRole.Signatory ? "named with the signing" : "quoted in the release");
            evidence.Text($"{row}.Title", person.Title);
            evidence.Text($"{row}.Party", person.ActsFor);
            var party = person.ActsFor.Value is { } key ? namesBySlug.GetValueOrDefault(key) ?? key : null;
            input.People.Add(new ParticipantInput { Name = person.Name, Title = person.Title.Value, Party = party, Role = person.Role });
        }

        if (draft.People.Count == 0)
        {
            evidence.Missing("Input.People", "No signatory or quoted representative was found.");
        }

        var on = evidence.Set("Input.EffectiveOn", draft.EffectiveOn, default);
        input.EffectiveOn = draft.EffectiveOn.Filled ? on : null;
        input.EffectiveOnAsStated = evidence.Text("Input.EffectiveOnAsStated", draft.EffectiveOnAsStated);
        input.EffectiveOnIsInferred = evidence.Set("Input.EffectiveOnIsInferred", draft.EffectiveOnInferred, false);
        if (draft.EffectiveOnInferred is { Filled: true, Value: true, Note: { } why })
        {
            input.DataQualityNotes = why;
            evidence.Found("Input.DataQualityNotes", draft.EffectiveOnInferred.Sentence!, "why the year was inferred");
        }

        var term = evidence.Set("Input.Term", draft.Term, DraftTerm.NoneStated);
        (input.TermKind, input.TermLength, input.TermUnit, input.EndsOn) = term switch
        {
            { Length: { } length, Unit: { } unit } => (TermKind.Duration, length, unit, (DateOnly?)null),
            { EndsOn: { } end } => (TermKind.FixedEndDate, (int?)null, TermUnit.Years, end),
            _ => (TermKind.OpenEnded, (int?)null, TermUnit.Years, (DateOnly?)null),
        };

        var ordinal = evidence.Set("Input.PartnerOrdinal", draft.PartnerOrdinal, 0);
        input.PartnerOrdinal = draft.PartnerOrdinal.Filled ? ordinal : null;
        input.SourcePublisher = evidence.Text("Input.SourcePublisher", draft.Source.Publisher);
        input.SourceTitle = evidence.Text("Input.SourceTitle", draft.Source.Title);
        var published = evidence.Set("Input.SourcePublishedOn", draft.Source.PublishedOn, default);
        input.SourcePublishedOn = draft.Source.PublishedOn.Filled ? published : null;
        input.SourceUrl = evidence.Text("Input.SourceUrl", draft.Source.Url);
        return evidence;
    }

    private string? Text(string field, Field<string> value)
    {
        _fields[field] = new FieldEvidence(value.Filled, string.IsNullOrEmpty(value.Sentence) ? null : value.Sentence, value.Note);
        return value.Filled ? value.Value : null;
    }

    private T Set<T>(string field, Field<T> value, T otherwise)
        where T : notnull
    {
        _fields[field] = new FieldEvidence(value.Filled, string.IsNullOrEmpty(value.Sentence) ? null : value.Sentence, value.Note);
        return value.Filled ? value.Value! : otherwise;
    }

    private void Found(string field, string sentence, string? note) => _fields[field] = new FieldEvidence(true, sentence, note);

    private void Missing(string field, string note) => _fields[field] = new FieldEvidence(false, null, note);
}
