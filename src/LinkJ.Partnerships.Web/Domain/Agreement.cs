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
    public const int TerminationReasonMaxLength = 1000;
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static bool IsInDateRange(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>An agreement is between at least two different organizations.</summary>
    public const int MinimumParties = 2;

    private readonly List<AgreementParty> _parties = [];
    private readonly List<AgreementParticipant> _participants = [];
    private readonly List<Amendment> _amendments = [];

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

    /// <summary>The title in Japanese, shown on Japanese pages; the English one stands in when it is empty, and the reverse.</summary>
    public string? LocalTitle { get; private set; }

    public string? LocalSummary { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    /// <summary>The effective date exactly as the source gave it ("November 20th"), when that differs from a full date.</summary>
    public string? EffectiveOnAsStated { get; set; }

    /// <summary>True when <see cref="EffectiveOn"/> was inferred rather than read from the source.</summary>
    public bool EffectiveOnIsInferred { get; set; }

    public TermKind TermKind { get; private set; }

    public int? TermLength { get; private set; }

    public TermUnit? TermUnit { get; private set; }

    /// <summary>
    /// The first day no longer in force; null when open-ended. The term's end, moved by the latest extension, or the
    /// date of an early termination. Stored so that queries can filter on it.
    /// </summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>The end the term itself gives, before any extension or early termination.</summary>
    public DateOnly? TermEndsOn { get; private set; }

    /// <summary>
    /// The end date its latest extension set, if it has one. Kept on the agreement so that changing the term never
    /// needs the amendments loaded to know the end date.
    /// </summary>
    public DateOnly? ExtendedTo { get; private set; }

    /// <summary>The agreement this one renews: the previous link of its chain.</summary>
    public int? RenewsId { get; private set; }

    /// <summary>The day an early termination takes effect: from then on the agreement is "terminated".</summary>
    public DateOnly? TerminatedOn { get; private set; }

    public string? TerminationReason { get; private set; }

    /// <summary>When an admin archived it: it leaves the directory and the default lists, and can be restored.</summary>
    public DateTime? ArchivedAt { get; private set; }

    public bool IsArchived => ArchivedAt is not null;

    public bool IsTerminated => TerminatedOn is not null;

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

    /// <summary>Its amendments in the order they were made.</summary>
    public IReadOnlyList<Amendment> Amendments => _amendments;

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public Term Term => TermKind switch
    {
        TermKind.Duration => Term.OfLength(TermLength!.Value, TermUnit!.Value),
        TermKind.FixedEndDate => Term.Until(TermEndsOn!.Value),
        _ => Term.OpenEnded,
    };

    public AgreementPeriod Period => new(EffectiveOn, EndsOn, IsTerminated);

    public AgreementStatus StatusOn(DateOnly day, int endingSoonDays = AgreementPeriod.DefaultEndingSoonDays) =>
        Period.StatusOn(day, endingSoonDays);

    public void Describe(AgreementType type, string title, string? summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Type = type;
        Title = title.Trim();
        Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
    }

    /// <summary>The Japanese title and summary; either may be empty.</summary>
    public void DescribeInJapanese(string? title, string? summary)
    {
        LocalTitle = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        LocalSummary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
    }

    /// <summary>Why this schedule cannot be set, in one English sentence (a resource key), or null when it can.</summary>
    public string? ScheduleProblem(DateOnly effectiveOn, Term term)
    {
        if (term.EndDateFrom(effectiveOn) is { } end && end <= effectiveOn)
        {
            return "The end date must come after the effective date.";
        }

        if (ExtendedTo is { } extended && extended <= effectiveOn)
        {
            return "An extension ends this agreement before that effective date; remove the extension first.";
        }

        if (TerminatedOn is { } terminated && (terminated <= effectiveOn || (ExtendedTo ?? term.EndDateFrom(effectiveOn)) is { } scheduled && scheduled < terminated))
        {
            return "The agreement was terminated early on a date this schedule does not allow; cancel the termination first.";
        }

        return null;
    }

    public void Schedule(DateOnly effectiveOn, Term term)
    {
        if (ScheduleProblem(effectiveOn, term) is { } problem)
        {
            throw new ArgumentException(problem, nameof(term));
        }

        EffectiveOn = effectiveOn;
        TermKind = term.Kind;
        TermLength = term.Length;
        TermUnit = term.Unit;
        TermEndsOn = term.EndDateFrom(effectiveOn);
        SettleEnd();
    }

    /// <summary>Makes this agreement the renewal of <paramref name="previous"/>: the next link of its chain.</summary>
    public void Renews(Agreement previous)
    {
        if (ReferenceEquals(previous, this) || (Id != 0 && previous.Id == Id))
        {
            throw new InvalidOperationException("An agreement cannot renew itself.");
        }

        RenewsId = previous.Id;
    }

    /// <summary>The extension whose end date the agreement follows: the last one made, by date, then by entry.</summary>
    public Amendment? LatestExtension => _amendments
        .Where(a => a.Kind == AmendmentKind.Extension)
        .OrderBy(a => a.MadeOn).ThenBy(a => a.Id == 0 ? int.MaxValue : a.Id)
        .LastOrDefault();

    /// <summary>Why this amendment cannot be recorded, in one English sentence (a resource key), or null when it can.</summary>
    public string? AmendmentProblem(AmendmentKind kind, DateOnly madeOn, DateOnly? extendsTo)
    {
        if (madeOn < EffectiveOn)
        {
            return "An amendment cannot be made before the agreement took effect.";
        }

        if (kind != AmendmentKind.Extension)
        {
            return null;
        }

        if (IsTerminated)
        {
            return "A terminated agreement cannot be extended; cancel the termination first.";
        }

        return extendsTo switch
        {
            null => "An extension needs its new end date.",
            { } end when end <= EffectiveOn => "The new end date must come after the effective date.",
            { } end when end == EndsOn => "The new end date is the end date the agreement already has.",
            _ => null,
        };
    }

    /// <summary>
    /// Records an amendment; an extension moves the end date, and so the status, to its own. The amendments must be
    /// loaded, so that the latest extension is known.
    /// </summary>
    public Amendment Amend(AmendmentKind kind, DateOnly madeOn, string description, string? reason, DateOnly? extendsTo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (AmendmentProblem(kind, madeOn, extendsTo) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var amendment = new Amendment(this, kind, madeOn, description.Trim(), string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            kind == AmendmentKind.Extension ? extendsTo : null);
        _amendments.Add(amendment);
        ExtendedTo = LatestExtension?.ExtendsTo;
        SettleEnd();
        return amendment;
    }

    /// <summary>Takes back an amendment recorded by mistake; the audit trail keeps it.</summary>
    public void RemoveAmendment(Amendment amendment)
    {
        if (amendment.Kind == AmendmentKind.Extension && IsTerminated)
        {
            throw new InvalidOperationException("Cancel the termination before removing an extension.");
        }

        _amendments.Remove(amendment);
        ExtendedTo = LatestExtension?.ExtendsTo;
        SettleEnd();
    }

    /// <summary>Why the agreement cannot be terminated on that day, in one English sentence (a resource key), or null.</summary>
    public string? TerminationProblem(DateOnly terminatedOn)
    {
        if (IsTerminated)
        {
            return "The agreement is already terminated.";
        }

        if (terminatedOn <= EffectiveOn)
        {
            return "An agreement can only be terminated after it took effect.";
        }

        return EndsOn is { } end && terminatedOn >= end
            ? "That is not early: the agreement ends on that day or before it anyway."
            : null;
    }

    /// <summary>Ends the agreement early: from <paramref name="terminatedOn"/> it is no longer in force, and its status is "terminated".</summary>
    public void Terminate(DateOnly terminatedOn, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (TerminationProblem(terminatedOn) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        TerminatedOn = terminatedOn;
        TerminationReason = reason.Trim();
        SettleEnd();
    }

    /// <summary>Takes back an early termination recorded by mistake; the audit trail keeps both steps.</summary>
    public void CancelTermination()
    {
        TerminatedOn = null;
        TerminationReason = null;
        SettleEnd();
    }

    public void Archive(DateTime at) => ArchivedAt ??= at;

    public void Restore() => ArchivedAt = null;

    private void SettleEnd()
    {
        var scheduled = ExtendedTo ?? TermEndsOn;
        EndsOn = TerminatedOn is { } terminated && (scheduled is null || terminated < scheduled) ? terminated : scheduled;
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
