using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Organizations;

/// <summary>
/// Archives an organization (it leaves the directory and the default lists, and can be restored), or deletes it for
/// good when nothing references it; otherwise says why not: it is a party, a parent or the home organization.
/// </summary>
public sealed class DeleteModel(RegistryDbContext db, RegistryClock clock) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public bool IsArchived { get; private set; }

    public bool IsHome { get; private set; }

    public IReadOnlyList<AgreementLink> Agreements { get; private set; } = [];

    public IReadOnlyList<OrganizationOption> Children { get; private set; } = [];

    public bool CanDelete => !IsHome && Agreements.Count == 0 && Children.Count == 0;

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanDelete)
        {
            return Page();
        }

        var organization = await db.Organizations.SingleAsync(o => o.Id == id, cancellationToken);
        db.Organizations.Remove(organization);
        await db.SaveChangesAsync(cancellationToken);
        this.Flash("Deleted {0}.", Name);
        return RedirectToPage("Index");
    }

    public Task<IActionResult> OnPostArchiveAsync([FromRoute] int id, CancellationToken cancellationToken) =>
        ArchiveOrRestoreAsync(id, archive: true, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync([FromRoute] int id, CancellationToken cancellationToken) =>
        ArchiveOrRestoreAsync(id, archive: false, cancellationToken);

    private async Task<IActionResult> ArchiveOrRestoreAsync(int id, bool archive, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        if (archive && organization.IsHome)
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        if (archive)
        {
            organization.Archive(clock.UtcNow);
        }
        else
        {
            organization.Restore();
        }

        await db.SaveChangesAsync(cancellationToken);
        this.Flash(archive ? "Archived {0}. It is out of the directory and the default lists until it is restored." : "Restored {0}.", organization.Name);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new { o.Name, o.IsHome, o.ArchivedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return false;
        }

        Name = organization.Name;
        IsHome = organization.IsHome;
        IsArchived = organization.ArchivedAt is not null;
        Agreements = await db.AgreementParties.AsNoTracking()
            .Where(p => p.OrganizationId == id)
            .OrderBy(p => p.Agreement.EffectiveOn)
            .Select(p => new AgreementLink(p.AgreementId, p.Agreement.Title, p.Agreement.EffectiveOn))
            .ToListAsync(cancellationToken);
        Children = await db.Organizations.AsNoTracking()
            .Where(o => o.ParentId == id)
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationOption(o.Id, o.Name))
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed record AgreementLink(int Id, string Title, DateOnly EffectiveOn);
}
