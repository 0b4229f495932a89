using System.Globalization;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

/// <summary>
/// Everything an admin has in hand when an MOU is signed. Parties and people are rows; a row left blank is
/// ignored, so the form can offer spare rows without JavaScript. <see cref="Id"/> comes from the route.
/// </summary>
public sealed class AgreementInput
{
    [BindNever]
    public int Id { get; set; }

    public int Version { get; set; }

    public AgreementType Type { get; set; } = AgreementType.Mou;

    public string? Title { get; set; }

    public string? Summary { get; set; }

    /// <summary>The title in Japanese, for Japanese pages.</summary>
    public string? LocalTitle { get; set; }

    public string? LocalSummary { get; set; }

    /// <summary>The agreement this one renews, when it was started with "Renew".</summary>
    public int? RenewsId { get; set; }

    public List<PartyInput> Parties { get; set; } = [];

    public List<ParticipantInput> People { get; set; } = [];

    public DateOnly? EffectiveOn { get; set; }

    public string? EffectiveOnAsStated { get; set; }

    public bool EffectiveOnIsInferred { get; set; }

    public TermKind TermKind { get; set; } = TermKind.Duration;

    public int? TermLength { get; set; }

    public TermUnit TermUnit { get; set; } = TermUnit.Years;

    public DateOnly? EndsOn { get; set; }

    public int? PartnerOrdinal { get; set; }

    public Visibility Visibility { get; set; } = Visibility.Public;

    public string? InternalNotes { get; set; }

    public string? DataQualityNotes { get; set; }

    public string? SourcePublisher { get; set; }

    public string? SourceTitle { get; set; }

    public DateOnly? SourcePublishedOn { get; set; }

    public string? SourceUrl { get; set; }

    public IEnumerable<(int Index, PartyInput Row)> FilledParties => Parties.Select((row, i) => (i, row)).Where(p => !p.row.IsBlank);

    public IEnumerable<(int Index, ParticipantInput Row)> FilledPeople => People.Select((row, i) => (i, row)).Where(p => !p.row.IsBlank);

    /// <summary>The term as entered, or null while it is incomplete or out of range.</summary>
    public Term? TryTerm() => TermKind switch
    {
        TermKind.Duration when TermLength is { } length && Term.IsWithinLimits(length, TermUnit) => Term.OfLength(length, TermUnit),
        TermKind.FixedEndDate when EndsOn is { } end => Term.Until(end),
        TermKind.OpenEnded => Term.OpenEnded,
        _ => null,
    };

    /// <summary>Spare blank rows at the end, so another party or person can be added without a script.</summary>
    public void PadRows(int spareParties = 1, int sparePeople = 2)
    {
        while (Parties.Count(p => p.IsBlank) < spareParties || Parties.Count < Agreement.MinimumParties)
        {
            Parties.Add(new PartyInput());
        }

        while (People.Count(p => p.IsBlank) < sparePeople)
        {
            People.Add(new ParticipantInput());
        }
    }

    public static AgreementInput From(Agreement a) => new()
    {
        Id = a.Id,
        Version = a.Version,
        Type = a.Type,
        Title = a.Title,
        Summary = a.Summary,
        LocalTitle = a.LocalTitle,
        LocalSummary = a.LocalSummary,
        RenewsId = a.RenewsId,
        Parties = [.. a.Parties.OrderBy(p => p.Organization.IsHome ? 0 : 1).ThenBy(p => p.Organization.Name).Select(p => new PartyInput { Organization = p.Organization.Name, Role = p.Role })],
        People = [.. a.Participants.OrderBy(p => p.Role).ThenBy(p => p.Id).Select(p => new ParticipantInput { Id = p.Id, Name = p.Person.Name, Title = p.Title, Party = p.Organization.Name, Role = p.Role })],
        EffectiveOn = a.EffectiveOn,
        EffectiveOnAsStated = a.EffectiveOnAsStated,
        EffectiveOnIsInferred = a.EffectiveOnIsInferred,
        TermKind = a.TermKind,
        TermLength = a.TermLength,
        TermUnit = a.TermUnit ?? TermUnit.Years,
        EndsOn = a.TermKind == TermKind.FixedEndDate ? a.TermEndsOn : null,
        PartnerOrdinal = a.PartnerOrdinal,
        Visibility = a.Visibility,
        InternalNotes = a.InternalNotes,
        DataQualityNotes = a.DataQualityNotes,
        SourcePublisher = a.SourcePublisher,
        SourceTitle = a.SourceTitle,
        SourcePublishedOn = a.SourcePublishedOn,
        SourceUrl = a.SourceUrl,
    };

    /// <summary>The fields as text, to compare with what another admin saved.</summary>
    public IEnumerable<(string Field, string? Value)> Describe() =>
    [
        ("Type", Type.ToString()), ("Title", FormRules.Clean(Title)), ("Summary", FormRules.Clean(Summary)),
        ("Japanese title", FormRules.Clean(LocalTitle)), ("Japanese summary", FormRules.Clean(LocalSummary)),
        ("Parties", string.Join("; ", FilledParties.Select(p => $"{p.Row.Organization?.Trim()} ({p.Row.Role})").Order(StringComparer.Ordinal))),
        ("Signatories and representatives", string.Join("; ", FilledPeople.Select(p => $"{p.Row.Name?.Trim()}, {FormRules.Clean(p.Row.Title)}, {p.Row.Party?.Trim()} ({p.Row.Role})").Order(StringComparer.Ordinal))),
        ("Effective on", Date(EffectiveOn)), ("Effective date as stated", FormRules.Clean(EffectiveOnAsStated)),
        ("Term", TryTerm()?.ToString()), ("Partner ordinal", PartnerOrdinal?.ToString(CultureInfo.InvariantCulture)),
        ("Visibility", Visibility.ToString()), ("Internal notes", FormRules.Clean(InternalNotes)), ("Data-quality notes", FormRules.Clean(DataQualityNotes)),
        ("Source publisher", FormRules.Clean(SourcePublisher)), ("Source title", FormRules.Clean(SourceTitle)),
        ("Source date", Date(SourcePublishedOn)), ("Source address", FormRules.Clean(SourceUrl)),
    ];

    /// <summary>
    /// The form for the renewal of <paramref name="previous"/>: its type, title, parties, people and term, effective
    /// on the day it ends (or today, when it has no end). Its sources and notes belong to it, not to the renewal.
    /// </summary>
    public static AgreementInput RenewalOf(Agreement previous, DateOnly today)
    {
        var input = From(previous);
        input.Id = 0;
        input.Version = 0;
        input.RenewsId = previous.Id;
        input.EffectiveOn = previous.EndsOn ?? today;
        input.EffectiveOnAsStated = null;
        input.EffectiveOnIsInferred = false;
        input.EndsOn = null;
        input.PartnerOrdinal = null;
        input.InternalNotes = input.DataQualityNotes = null;
        input.SourcePublisher = input.SourceTitle = input.SourceUrl = null;
        input.SourcePublishedOn = null;
        foreach (var person in input.People)
        {
            person.Id = null;
        }

        return input;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class PartyInput
{
    /// <summary>The organization's name, picked from the list of existing organizations.</summary>
    public string? Organization { get; set; }

    public PartyRole Role { get; set; } = PartyRole.Party;

    public bool IsBlank => string.IsNullOrWhiteSpace(Organization);
}

public sealed class ParticipantInput
{
    /// <summary>The participation being corrected; an id that is not one of this agreement's adds a new one.</summary>
    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? Title { get; set; }

    /// <summary>The name of the party the person acted for.</summary>
    public string? Party { get; set; }

    public ParticipantRole Role { get; set; } = ParticipantRole.Signatory;

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Party);
}
