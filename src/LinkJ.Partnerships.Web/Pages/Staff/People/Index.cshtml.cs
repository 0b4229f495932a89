using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.People;

/// <summary>People who signed or spoke for a party, each with the agreements and the title they held at the time.</summary>
public sealed class IndexModel(RegistryDbContext db) : PageModel
{
    public const int QueryMaxLength = 200;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public bool QueryTooLong { get; private set; }

    public Paging Paging { get; private set; } = Paging.For(1, null, 0);

    public IReadOnlyList<PersonRow> Rows { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking();
        if (Query is { Length: > QueryMaxLength })
        {
            QueryTooLong = true;
            Query = null;
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            people = RegistryTextSearch.For(db).NamingEveryWord(people, Query);
        }

        Paging = Paging.For(pageNumber, null, await people.CountAsync(cancellationToken));
        Rows = await people.OrderBy(p => p.Name).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(p => new PersonRow(
                p.Id, p.Name, p.LocalName, p.Organization == null ? null : p.Organization.Name,
                p.Participations.OrderByDescending(x => x.Agreement.EffectiveOn)
                    .Select(x => new Participation(x.AgreementId, x.Agreement.Title, x.Agreement.EffectiveOn, x.Role, x.Title, x.Organization.Name))
                    .ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    public sealed record PersonRow(int Id, string Name, string? LocalName, string? Organization, IReadOnlyList<Participation> Participations);

    public sealed record Participation(int AgreementId, string Agreement, DateOnly EffectiveOn, ParticipantRole Role, string? Title, string Party);
}
