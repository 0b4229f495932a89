using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.People;

public sealed class IndexModel(RegistryDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public IReadOnlyList<Row> People { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.For(1, null, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            people = RegistryTextSearch.For(db).NamingEveryWord(people, Query);
        }

        Paging = Paging.For(PageNumber, 50, await people.CountAsync(cancellationToken));
        People = await people.OrderBy(p => p.NormalizedName).ThenBy(p => p.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(p => new Row(p.Id, p.Name, p.LocalName, p.Organization != null ? p.Organization.Name : null, p.Participations.Count))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(int Id, string Name, string? LocalName, string? Organization, int Agreements);
}
