using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.People;

/// <summary>Confirms and performs a merge: the duplicate's participations move to the person kept, then it is removed.</summary>
public sealed class MergeModel(RegistryDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Duplicate { get; set; }

    public string Kept { get; private set; } = string.Empty;

    public string Removed { get; private set; } = string.Empty;

    public int Moving { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken cancellationToken)
    {
        if (id == Duplicate)
        {
            return BadRequest();
        }

        var people = await db.People.AsNoTracking().Where(p => p.Id == id || p.Id == Duplicate)
            .Select(p => new { p.Id, p.Name, Count = p.Participations.Count }).ToListAsync(cancellationToken);
        if (people.Count != 2)
        {
            return NotFound();
        }

        Kept = people.Single(p => p.Id == id).Name;
        Removed = people.Single(p => p.Id == Duplicate).Name;
        Moving = people.Single(p => p.Id == Duplicate).Count;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken cancellationToken)
    {
        if (id == Duplicate)
        {
            return BadRequest();
        }

        var kept = await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var duplicate = await db.People.Include(p => p.Participations).FirstOrDefaultAsync(p => p.Id == Duplicate, cancellationToken);
        if (kept is null || duplicate is null)
        {
            return NotFound();
        }

        foreach (var participation in duplicate.Participations.ToList())
        {
            participation.ReassignTo(kept);
        }

        kept.LocalName ??= duplicate.LocalName;
        kept.OrganizationId ??= duplicate.OrganizationId;
        db.People.Remove(duplicate);
        await db.SaveChangesAsync(cancellationToken);
        this.Flash("Merged {0} into {1}.", duplicate.Name, kept.Name);
        return RedirectToPage("Edit", new { id });
    }
}
