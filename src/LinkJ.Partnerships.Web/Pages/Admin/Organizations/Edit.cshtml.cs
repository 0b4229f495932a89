using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Organizations;

public sealed class EditModel(RegistryDbContext db, IValidator<OrganizationInput> validator) : OrganizationFormPage(db, validator)
{
    public Conflict? Conflict { get; private set; }

    public bool IsHome { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken cancellationToken)
    {
        var organization = await Db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        Input = OrganizationInput.From(organization);
        IsHome = organization.IsHome;
        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken cancellationToken)
    {
        var organization = await Db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        Input.Id = id;
        IsHome = organization.IsHome;
        await LoadOptionsAsync(cancellationToken);
        if (!await ValidateAsync(cancellationToken))
        {
            return Page();
        }

        if (organization.Version != Input.Version)
        {
            return await ShowConflictAsync(organization, cancellationToken);
        }

        Db.Entry(organization).Property(o => o.Version).OriginalValue = Input.Version;
        Input.ApplyTo(organization);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var current = await Db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
            return current is null ? NotFound() : await ShowConflictAsync(current, cancellationToken);
        }

        this.Flash("Saved {0}.", organization.Name);
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> ShowConflictAsync(Organization saved, CancellationToken cancellationToken)
    {
        var names = Parents.ToDictionary(p => p.Id, p => p.Name);
        string? ParentName(int? parentId) => parentId is { } p && names.TryGetValue(p, out var n) ? n : null;
        var savedFields = OrganizationInput.From(saved).Describe(ParentName).ToList();
        var yours = Input.Describe(ParentName).ToList();
        var last = await AuditTrail.LastChangeAsync(Db, "Organization", saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        Conflict = new Conflict(last?.UserName, last?.OccurredAt ?? saved.UpdatedAt,
            Conflict.Compare(savedFields.Zip(yours, (s, y) => (s.Field, s.Value, y.Value))));
        Input.Version = saved.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, this.Text("Another admin changed this organization while you were editing. Your changes are not saved yet: check them against the saved values below, then save again."));
        return Page();
    }
}
