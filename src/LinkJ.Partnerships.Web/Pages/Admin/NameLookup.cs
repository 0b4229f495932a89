using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin;

/// <summary>
/// Names for the admin forms' suggestion lists. Up to <see cref="InlineLimit"/> names are written into a form; a larger
/// registry would make every form megabytes long, so its lists start empty and fill as the
/// admin types (wwwroot/js/name-lookup.js) from a page handler that calls <see cref="FindAsync"/>. A typed name is
/// matched on save either way, so the forms work without script.
/// </summary>
public static class NameLookup
{
    public const int InlineLimit = 500;

    public const int MaxResults = 20;

    public const int MaxQueryLength = 200;

    public static async Task<bool> TooManyToListAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        await db.Organizations.Skip(InlineLimit).AnyAsync(cancellationToken) || await db.People.Skip(InlineLimit).AnyAsync(cancellationToken);

    /// <summary>The first names, in order, that contain every typed word: <paramref name="list"/> is "organizations" or "people".</summary>
    public static async Task<IActionResult> FindAsync(RegistryDbContext db, string? list, string? q, CancellationToken cancellationToken)
    {
        var words = RegistryTextSearch.Words(q);
        if (list is not ("organizations" or "people") || words.Count == 0 || q!.Length > MaxQueryLength)
        {
            return new BadRequestResult();
        }

        var search = RegistryTextSearch.For(db);
        var matching = RegistryTextSearch.EveryWord(words, list == "organizations" ? search.Organizations : search.People)!;
        var names = list == "organizations"
            ? db.Organizations.Where(o => matching.Contains(o.Id)).Select(o => o.Name)
            : db.People.Where(p => matching.Contains(p.Id)).Select(p => p.Name).Distinct();
        return new JsonResult(await names.OrderBy(n => n).Take(MaxResults).ToListAsync(cancellationToken));
    }
}
