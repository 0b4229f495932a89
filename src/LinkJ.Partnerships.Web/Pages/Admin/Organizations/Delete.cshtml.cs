using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Organizations;

/// <summary>Confirms a delete, or says why it cannot happen: the organization is a party, a parent or the home organization.</summary>
public sealed class DeleteModel(RegistryDbContext db) : PageModel
{
    public string Name { get; private set; } = string.Empty;

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

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new { o.Name, o.IsHome })
            .FirstOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return false;
        }

        Name = organization.Name;
        IsHome = organization.IsHome;
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
