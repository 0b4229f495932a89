namespace LinkJ.Partnerships.Web.Domain;

public sealed class Agreement : ITracked, IRegistryContent
{
    public const int TitleMaxLength = 300;
    public const int SummaryMaxLength = 4000;
    public const int NotesMaxLength = 4000;
    public const int StatedDateMaxLength = 100;
    public const int SourcePublisherMaxLength = 200;
    public const int SourceTitleMaxLength = 300;
    public const int SourceUrlMaxLength = 500;
    public const int SourceIdentifierMaxLength = 200;
    public const int SeedKeyMaxLength = 100;
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

    /// <summary>Which document the facts came from, such as a seed release's file name.</summary>
    public string? SourceIdentifier { get; private set; }

    /// <summary>The SHA-256 of that document, in lower-case hex, so the same text is recognised again.</summary>
    public string? SourceSha256 { get; private set; }

    /// <summary>The release's text, kept when the agreement was imported from it; its hash is <see cref="SourceSha256"/>.</summary>
    public string? SourceText { get; private set; }

    /// <summary>The seed's name for this agreement: a new seed run finds it by this, whatever an admin corrected since.</summary>
    public string? SeedKey { get; set; }

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

    public void IdentifySource(string? identifier, string? sha256)
    {
        SourceIdentifier = identifier;
        SourceSha256 = sha256?.ToLowerInvariant();
    }

    /// <summary>Keeps the text the agreement was imported from, and its hash, so a second import of it is recognised.</summary>
    public void KeepSourceText(string text)
    {
        SourceText = text;
        SourceSha256 = Sha256Of(text);
    }

    /// <summary>The SHA-256 of a text's UTF-8 bytes in lower-case hex: for a UTF-8 file, the same as the file's own hash.</summary>
    public static string Sha256Of(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    public bool HasParty(Organization organization) => _parties.Exists(p => IsFor(p, organization));

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

    /// <summary>
    /// Makes the parties exactly these, each in its role. A party left out goes, and so do the people who acted for
    /// it; call <see cref="ChangeParticipants"/> after this, so each person acts for a party that stays.
    /// </summary>
    public void ChangeParties(IReadOnlyCollection<(Organization Organization, PartyRole Role)> parties)
    {
        var gone = _parties.Where(p => !parties.Any(w => IsFor(p, w.Organization))).ToList();
        _parties.RemoveAll(gone.Contains);
        _participants.RemoveAll(p => gone.Exists(g => IsFor(g, p.Organization)));
        foreach (var (organization, role) in parties)
        {
            var party = _parties.Find(p => IsFor(p, organization)) ?? AddParty(organization);
            party.Role = role;
        }
    }

    public AgreementParticipant AddSignatory(Person person, Organization party, string? title) =>
        AddParticipant(person, party, ParticipantRole.Signatory, title);

    public AgreementParticipant AddParticipant(Person person, Organization party, ParticipantRole role, string? title)
    {
        var participant = new AgreementParticipant(this, person, ForParty(party), role, Clean(title));
        _participants.Add(participant);
        return participant;
    }

    /// <summary>
    /// Makes the people who took part exactly these. A row with the id of one of this agreement's participants
    /// corrects who it was, for which party, in what role and with what title; any other row adds one.
    /// </summary>
    public void ChangeParticipants(IReadOnlyCollection<(int? Id, Person Person, Organization Party, ParticipantRole Role, string? Title)> rows)
    {
        _participants.RemoveAll(p => !rows.Any(r => r.Id == p.Id));
        var corrected = new HashSet<AgreementParticipant>();
        foreach (var (id, person, party, role, title) in rows)
        {
            var existing = _participants.Find(p => p.Id != 0 && p.Id == id);
            if (existing is not null && corrected.Add(existing))
            {
                existing.Change(person, ForParty(party), role, Clean(title));
            }
            else
            {
                AddParticipant(person, party, role, title);
            }
        }
    }

    private static bool IsFor(AgreementParty party, Organization organization) =>
        ReferenceEquals(party.Organization, organization) || (organization.Id != 0 && party.OrganizationId == organization.Id);

    private Organization ForParty(Organization party) => HasParty(party)
        ? party
        : throw new InvalidOperationException("A signatory or representative must act for one of the parties.");

    private static string? Clean(string? title) => string.IsNullOrWhiteSpace(title) ? null : title.Trim();
}
