using FluentValidation;
using FluentValidation.AspNetCore;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Organizations;

/// <summary>What the create and edit pages share: the input, the parent choices, validation and the same-name offer.</summary>
public abstract class OrganizationFormPage(RegistryDbContext db, IValidator<OrganizationInput> validator) : PageModel
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    public IReadOnlyList<OrganizationOption> Parents { get; private set; } = [];

    /// <summary>True when the parent is typed by name (with suggestions) instead of chosen from every organization.</summary>
    public bool ParentByName { get; private set; }

    /// <summary>The organization that already has the typed name, offered instead of a duplicate.</summary>
    public OrganizationOption? SameName { get; private set; }

    protected RegistryDbContext Db => db;

    /// <summary>Suggestions as the admin types a parent's name (<see cref="NameLookup"/>).</summary>
    public Task<IActionResult> OnGetNamesAsync(string? list, string? q, CancellationToken cancellationToken) =>
        NameLookup.FindAsync(db, list, q, cancellationToken);

    protected async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        ParentByName = await db.Organizations.Skip(NameLookup.InlineLimit).AnyAsync(cancellationToken);
        if (ParentByName)
        {
            Input.ParentName ??= await db.Organizations.Where(o => o.Id == Input.ParentId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
            return;
        }

        Parents = await db.Organizations.AsNoTracking()
            .Where(o => o.Id != Input.Id)
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationOption(o.Id, o.Name))
            .ToListAsync(cancellationToken);
    }

    protected async Task<bool> ValidateAsync(CancellationToken cancellationToken)
    {
        var parentFound = await ResolveParentNameAsync(cancellationToken);
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        if (!string.IsNullOrWhiteSpace(Input.Name) && ModelState.TryGetValue("Input.Name", out var entry) && entry.Errors.Count > 0)
        {
            var normalized = Names.Normalize(Input.Name);
            SameName = await db.Organizations.AsNoTracking()
                .Where(o => o.NormalizedName == normalized && o.Id != Input.Id)
                .Select(o => new OrganizationOption(o.Id, o.Name))
                .FirstOrDefaultAsync(cancellationToken);
        }

        return parentFound && ModelState.IsValid;
    }

    /// <summary>A parent typed by name becomes its id; a name that matches no organization is an error beside the field.</summary>
    private async Task<bool> ResolveParentNameAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.ParentName))
        {
            return true;
        }

        var normalized = Names.Normalize(Input.ParentName);
        Input.ParentId = await db.Organizations.Where(o => o.NormalizedName == normalized).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (Input.ParentId is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(OrganizationInput.ParentName)}", this.Text("Choose a parent organization from the list."));
            return false;
        }

        return true;
    }
}

public sealed record OrganizationOption(int Id, string Name);
