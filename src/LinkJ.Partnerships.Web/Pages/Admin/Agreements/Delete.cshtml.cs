using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

public sealed class DeleteModel(RegistryDbContext db) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public DateOnly EffectiveOn { get; private set; }

    public IReadOnlyList<string> Parties { get; private set; } = [];

    /// <summary>The agreement that renews this one: while it exists, this one is referenced and can only be archived.</summary>
    public int? RenewedBy { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.Title, a.EffectiveOn, Parties = a.Parties.Select(p => p.Organization.Name).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (agreement is null)
        {
            return NotFound();
        }

        (Title, EffectiveOn, Parties) = (agreement.Title, agreement.EffectiveOn, agreement.Parties);
        RenewedBy = await db.RenewedByAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements
            .Include(a => a.Parties)
            .Include(a => a.Participants)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return NotFound();
        }

        if (await db.RenewedByAsync(id, cancellationToken) is not null)
        {
            return await OnGetAsync(id, cancellationToken);
        }

        // Signed documents go with the agreement, each with its own audit row.
        db.Attachments.RemoveRange(await db.Attachments.Where(a => a.AgreementId == id).ToListAsync(cancellationToken));
        db.Agreements.Remove(agreement);
        await db.SaveChangesAsync(cancellationToken);
        this.Flash("Deleted the agreement “{0}”.", agreement.Title);
        return RedirectToPage("Index");
    }
}
