using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// One partner's public profile. Only public agreements appear, and nothing staff-only is even selected:
/// not the notes, not the data-quality notes, not the effective date as the source stated it.
/// </summary>
public sealed class DetailsModel(RegistryDbContext db, PartnerDirectory directory, RegistryClock clock) : PageModel
{
    public PartnerProfile Partner { get; private set; } = null!;

    public IReadOnlyList<PublicAgreement> Agreements { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int EndingSoonDays => clock.EndingSoonDays;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var snapshot = await directory.SnapshotAsync(cancellationToken);
        if (!snapshot.BySlug.TryGetValue(slug, out var listed))
        {
            return NotFound();
        }

        Today = clock.Today;
        var partner = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == listed.Id)
            .Select(o => new PartnerProfile(
                o.Id, o.Slug, o.Name, o.ShortName, o.LocalName, o.Kind, o.CountryCode, o.City, o.Website, o.Description,
                o.Parent == null ? null : new PartyLink(o.Parent.Slug, o.Parent.Name, o.Parent.LocalName, false)))
            .SingleAsync(cancellationToken);
        Partner = partner with { Parent = ListedOrNot(partner.Parent, snapshot) };

        // From the partner's parties, not from the agreements: the index on OrganizationId finds its few rows,
        // and the statement has no list of ids whose SQL EF would rebuild per request.
        var agreements = await db.AgreementParties.AsNoTracking()
            .Where(p => p.OrganizationId == listed.Id && p.Agreement.Visibility == Visibility.Public)
            .Select(p => p.Agreement)
            .OrderByDescending(a => a.EffectiveOn)
            .ThenBy(a => a.Id)
            .Select(a => new PublicAgreement(
                a.Type, a.Title, a.Summary, a.EffectiveOn, a.TermKind, a.TermLength, a.TermUnit, a.EndsOn,
                a.SourcePublisher, a.SourceTitle, a.SourcePublishedOn, a.SourceUrl,
                a.Parties.Where(p => p.OrganizationId != listed.Id)
                    .OrderBy(p => p.Organization.NormalizedName)
                    .Select(p => new OtherParty(new PartyLink(p.Organization.Slug, p.Organization.Name, p.Organization.LocalName, false), p.Role))
                    .ToList(),
                a.Participants
                    .OrderBy(p => p.OrganizationId == listed.Id ? 0 : 1)
                    .ThenBy(p => p.Role == ParticipantRole.Signatory ? 0 : 1)
                    .ThenBy(p => p.Person.NormalizedName)
                    .Select(p => new PublicParticipant(p.Person.Name, p.Person.LocalName, p.Title, p.Role, p.Organization.Name))
                    .ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        Agreements = agreements
            .Select(a => a with { OtherParties = a.OtherParties.Select(o => o with { Organization = ListedOrNot(o.Organization, snapshot)! }).ToList() })
            .ToList();
        return Page();
    }

    /// <summary>Whether a named organization has a profile to link to is the directory's answer, not the query's.</summary>
    private static PartyLink? ListedOrNot(PartyLink? organization, DirectorySnapshot snapshot) =>
        organization is null ? null : organization with { Listed = snapshot.BySlug.ContainsKey(organization.Slug) };

    /// <summary>Only web addresses become links; anything else a record might hold is not followed.</summary>
    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

public sealed record PartnerProfile(
    int Id, string Slug, string Name, string? ShortName, string? LocalName, OrganizationKind Kind,
    string? CountryCode, string? City, string? Website, string? Description, PartyLink? Parent);

/// <summary>An organization named on a profile; <see cref="Listed"/> says whether it has a profile of its own to link to.</summary>
public sealed record PartyLink(string Slug, string Name, string? LocalName, bool Listed);

public sealed record OtherParty(PartyLink Organization, PartyRole Role);

public sealed record PublicParticipant(string Name, string? LocalName, string? Title, ParticipantRole Role, string ActingFor);

public sealed record PublicAgreement(
    AgreementType Type, string Title, string? Summary, DateOnly EffectiveOn, TermKind TermKind, int? TermLength, TermUnit? TermUnit, DateOnly? EndsOn,
    string? SourcePublisher, string? SourceTitle, DateOnly? SourcePublishedOn, string? SourceUrl,
    List<OtherParty> OtherParties, List<PublicParticipant> People)
{
    public AgreementPeriod Period => new(EffectiveOn, EndsOn);
}
