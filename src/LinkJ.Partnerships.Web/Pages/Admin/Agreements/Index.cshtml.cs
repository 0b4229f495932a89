using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

public sealed class IndexModel(RegistryDbContext db, RegistryClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public IReadOnlyList<Row> Agreements { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.For(1, null, 0);

    public DateOnly Today => clock.Today;

    public int EndingSoonDays => clock.EndingSoonDays;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var agreements = db.Agreements.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            // Nobody searches with more; a pasted page would otherwise be a statement per word.
            agreements = RegistryTextSearch.For(db).MentioningEveryWord(agreements, Query[..Math.Min(Query.Length, 200)]);
        }

        Paging = Paging.For(PageNumber, null, await agreements.CountAsync(cancellationToken));
        Agreements = await agreements
            .OrderByDescending(a => a.EffectiveOn).ThenByDescending(a => a.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(a => new Row(a.Id, a.Type, a.Title, a.EffectiveOn, a.EndsOn, a.Visibility, a.Parties.Select(p => p.Organization.Name).ToList()))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(int Id, AgreementType Type, string Title, DateOnly EffectiveOn, DateOnly? EndsOn, Visibility Visibility, IReadOnlyList<string> Parties)
    {
        public AgreementPeriod Period => new(EffectiveOn, EndsOn);
    }
}
