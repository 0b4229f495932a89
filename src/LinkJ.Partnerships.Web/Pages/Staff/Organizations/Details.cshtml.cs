using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Organizations;

public sealed class DetailsModel(RegistryDbContext db, RegistryClock clock) : PageModel
{
    public OrganizationView Organization { get; private set; } = null!;

    public IReadOnlyList<AgreementSummary> Agreements { get; private set; } = [];

    /// <summary>The agreements a page at a time: the home organization is a party to nearly all of them.</summary>
    public Paging Paging { get; private set; } = Paging.For(1, null, 0);

    public DateOnly Today { get; private set; }

    public int EndingSoonDays { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new OrganizationView(
                o.Id, o.Name, o.ShortName, o.LocalName, o.Kind, o.CountryCode, o.City, o.Website, o.Description,
                o.FoundedOn, o.MemberCount, o.ParentId, o.Parent == null ? null : o.Parent.Name, o.Slug, o.IsHome, o.InternalNotes))
            .SingleOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        Organization = organization;
        Today = clock.Today;
        EndingSoonDays = clock.EndingSoonDays;
        // From the organization's parties (an index), not by testing every agreement for this party.
        var agreements = db.AgreementParties.AsNoTracking().Where(p => p.OrganizationId == id).Select(p => p.Agreement);
        Paging = Paging.For(pageNumber, null, await agreements.CountAsync(cancellationToken));
        Agreements = await agreements
            .OrderByDescending(a => a.EffectiveOn).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .SelectSummary().ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record OrganizationView(
        int Id, string Name, string? ShortName, string? LocalName, OrganizationKind Kind, string? CountryCode, string? City,
        string? Website, string? Description, DateOnly? FoundedOn, int? MemberCount, int? ParentId, string? ParentName,
        string Slug, bool IsHome, string? InternalNotes);
}
