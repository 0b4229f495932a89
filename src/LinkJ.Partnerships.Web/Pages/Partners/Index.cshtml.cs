using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Partners;

public sealed class IndexModel(RegistryDbContext db) : PageModel
{
    public IReadOnlyList<PartnerRow> Partners { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Partners = await db.Organizations.AsNoTracking()
            .Where(o => !o.IsHome && o.Parties.Any(p => p.Agreement.Visibility == Visibility.Public))
            .OrderBy(o => o.Name)
            .Select(o => new PartnerRow(o.Slug, o.Name, o.LocalName, o.CountryCode, o.Kind))
            .ToListAsync(cancellationToken);
    }

    public sealed record PartnerRow(string Slug, string Name, string? LocalName, string? CountryCode, OrganizationKind Kind);
}
