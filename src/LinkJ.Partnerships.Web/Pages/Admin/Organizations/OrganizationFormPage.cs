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

    /// <summary>The organization that already has the typed name, offered instead of a duplicate.</summary>
    public OrganizationOption? SameName { get; private set; }

    protected RegistryDbContext Db => db;

    protected async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        Parents = await db.Organizations.AsNoTracking()
            .Where(o => o.Id != Input.Id)
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationOption(o.Id, o.Name))
            .ToListAsync(cancellationToken);
    }

    protected async Task<bool> ValidateAsync(CancellationToken cancellationToken)
    {
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

        return ModelState.IsValid;
    }
}

public sealed record OrganizationOption(int Id, string Name);
