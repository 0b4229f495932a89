namespace LinkJ.Partnerships.Web.Domain;

public sealed class Agreement : ITracked
{
    public const int TitleMaxLength = 300;
    public const int SummaryMaxLength = 4000;
    public const int NotesMaxLength = 4000;
    public const int StatedDateMaxLength = 100;
    public const int SourcePublisherMaxLength = 200;
    public const int SourceTitleMaxLength = 300;
    public const int SourceUrlMaxLength = 500;
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static bool IsInDateRange(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>An agreement is between at least two different organizations.</summary>
    public const int MinimumParties = 2;

    private readonly List<AgreementParty> _parties = [];
    private readonly List<AgreementParticipant> _participants = [];

    private Agreement()
    {
        Title = string.Empty;
    }

    public Agreement(AgreementType type, string title, DateOnly effectiveOn, Term term)
        : this()
    {
        Describe(type, title, null);
        Schedule(effectiveOn, term);
    }

    public int Id { get; private set; }

    public AgreementType Type { get; private set; }

    public string Title { get; private set; }

    public string? Summary { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    /// <summary>The effective date exactly as the source gave it ("November 20th"), when that differs from a full date.</summary>
    public string? EffectiveOnAsStated { get; set; }

    /// <summary>True when <see cref="EffectiveOn"/> was inferred rather than read from the source.</summary>
    public bool EffectiveOnIsInferred { get; set; }

    public TermKind TermKind { get; private set; }

    public int? TermLength { get; private set; }

    public TermUnit? TermUnit { get; private set; }

    /// <summary>The first day no longer in force; null when open-ended. Stored so that queries can filter on it.</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>"16th cooperation partner", when the source numbers it.</summary>
    public int? PartnerOrdinal { get; set; }

    public Visibility Visibility { get; set; }

    public string? InternalNotes { get; set; }

    /// <summary>Staff-only notes on gaps and conflicts in the sources, and how they were resolved.</summary>
    public string? DataQualityNotes { get; set; }

    public string? SourcePublisher { get; private set; }

    public string? SourceTitle { get; private set; }

    public DateOnly? SourcePublishedOn { get; private set; }

    public string? SourceUrl { get; private set; }

    public IReadOnlyList<AgreementParty> Parties => _parties;

    public IReadOnlyList<AgreementParticipant> Participants => _participants;

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public Term Term => TermKind switch
    {
        TermKind.Duration => Term.OfLength(TermLength!.Value, TermUnit!.Value),
        TermKind.FixedEndDate => Term.Until(EndsOn!.Value),
        _ => Term.OpenEnded,
    };

    public AgreementPeriod Period => new(EffectiveOn, EndsOn);

    public AgreementStatus StatusOn(DateOnly day, int endingSoonDays = AgreementPeriod.DefaultEndingSoonDays) =>
        Period.StatusOn(day, endingSoonDays);

    public void Describe(AgreementType type, string title, string? summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Type = type;
        Title = title.Trim();
        Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
    }

    public void Schedule(DateOnly effectiveOn, Term term)
    {
        var endsOn = term.EndDateFrom(effectiveOn);
        if (endsOn is { } end && end <= effectiveOn)
        {
            throw new ArgumentException("The end date must come after the effective date.", nameof(term));
        }

        EffectiveOn = effectiveOn;
        TermKind = term.Kind;
        TermLength = term.Length;
        TermUnit = term.Unit;
        EndsOn = endsOn;
    }

    public void CiteSource(string? publisher, string? title, DateOnly? publishedOn, string? url)
    {
        SourcePublisher = publisher;
        SourceTitle = title;
        SourcePublishedOn = publishedOn;
        SourceUrl = url;
    }

    public bool HasParty(Organization organization) =>
        _parties.Any(p => ReferenceEquals(p.Organization, organization) || (organization.Id != 0 && p.OrganizationId == organization.Id));

    public AgreementParty AddParty(Organization organization, PartyRole role = PartyRole.Party)
    {
        if (HasParty(organization))
        {
            throw new InvalidOperationException($"{organization.Name} is already a party.");
        }

        var party = new AgreementParty(this, organization, role);
        _parties.Add(party);
        return party;
    }

    public void RemoveParty(int organizationId)
    {
        _parties.RemoveAll(p => p.OrganizationId == organizationId);
        _participants.RemoveAll(p => p.OrganizationId == organizationId);
    }

    public AgreementParticipant AddSignatory(Person person, Organization party, string? title) =>
        AddParticipant(person, party, ParticipantRole.Signatory, title);

    public AgreementParticipant AddParticipant(Person person, Organization party, ParticipantRole role, string? title)
    {
        if (!HasParty(party))
        {
            throw new InvalidOperationException("A signatory or representative must act for one of the parties.");
        }

        var participant = new AgreementParticipant(this, person, party, role, string.IsNullOrWhiteSpace(title) ? null : title.Trim());
        _participants.Add(participant);
        return participant;
    }

    public void RemoveParticipant(AgreementParticipant participant) => _participants.Remove(participant);

    /// <summary>Corrects who took part, for which party, in what role and with what title; the party rule still holds.</summary>
    public void ChangeParticipant(AgreementParticipant participant, Person person, Organization party, ParticipantRole role, string? title)
    {
        if (!_participants.Contains(participant))
        {
            throw new InvalidOperationException("The participant belongs to another agreement.");
        }

        if (!HasParty(party))
        {
            throw new InvalidOperationException("A signatory or representative must act for one of the parties.");
        }

        participant.Change(person, party, role, string.IsNullOrWhiteSpace(title) ? null : title.Trim());
    }
}
