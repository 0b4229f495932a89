using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Organizations;

public sealed class IndexModel(RegistryDbContext db) : PageModel
{
    public IReadOnlyList<Row> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organizations = await db.Organizations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new Row(o.Id, o.Name, o.LocalName, o.Kind, o.CountryCode, o.IsHome, o.Parties.Count))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(int Id, string Name, string? LocalName, OrganizationKind Kind, string? CountryCode, bool IsHome, int Agreements);
}
