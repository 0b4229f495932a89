using System.Globalization;
using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Admin.Organizations;

/// <summary>Every field of an organization an admin may set. <see cref="Id"/> comes from the route, never from the form.</summary>
public sealed class OrganizationInput
{
    [BindNever]
    public int Id { get; set; }

    public int Version { get; set; }

    public string? Name { get; set; }

    public string? ShortName { get; set; }

    public string? LocalName { get; set; }

    public OrganizationKind Kind { get; set; }

    public string? CountryCode { get; set; }

    public string? City { get; set; }

    public string? Website { get; set; }

    public string? Description { get; set; }

    public DateOnly? FoundedOn { get; set; }

    public int? MemberCount { get; set; }

    public int? ParentId { get; set; }

    /// <summary>The parent typed by name, on a form for a registry too large to list every organization.</summary>
    public string? ParentName { get; set; }

    /// <summary>Left empty, it is made from the name.</summary>
    public string? Slug { get; set; }

    public string? InternalNotes { get; set; }

    public string EffectiveSlug => string.IsNullOrWhiteSpace(Slug) ? Domain.Slug.From(Name ?? string.Empty) : Slug.Trim();

    public static OrganizationInput From(Organization o) => new()
    {
        Id = o.Id,
        Version = o.Version,
        Name = o.Name,
        ShortName = o.ShortName,
        LocalName = o.LocalName,
        Kind = o.Kind,
        CountryCode = o.CountryCode,
        City = o.City,
        Website = o.Website,
        Description = o.Description,
        FoundedOn = o.FoundedOn,
        MemberCount = o.MemberCount,
        ParentId = o.ParentId,
        Slug = o.Slug,
        InternalNotes = o.InternalNotes,
    };

    public Organization Create()
    {
        var organization = new Organization(Name!, Kind, EffectiveSlug);
        ApplyTo(organization);
        return organization;
    }

    public void ApplyTo(Organization o)
    {
        o.Rename(Name!);
        o.ChangeSlug(EffectiveSlug);
        o.Kind = Kind;
        o.ShortName = FormRules.Clean(ShortName);
        o.LocalName = FormRules.Clean(LocalName);
        o.LocateIn(FormRules.Clean(CountryCode), FormRules.Clean(City));
        o.Website = FormRules.Clean(Website);
        o.Description = FormRules.Clean(Description);
        o.FoundedOn = FoundedOn;
        o.MemberCount = MemberCount;
        o.ParentId = ParentId;
        o.InternalNotes = FormRules.Clean(InternalNotes);
    }

    /// <summary>The fields as text, in form order, to compare with what another admin saved.</summary>
    public IEnumerable<(string Field, string? Value)> Describe(Func<int?, string?> parentName) =>
    [
        ("Name", Name?.Trim()), ("Short name", FormRules.Clean(ShortName)), ("Local name", FormRules.Clean(LocalName)),
        ("Kind", Kind.ToString()), ("Country", FormRules.Clean(CountryCode)?.ToUpperInvariant()), ("City", FormRules.Clean(City)),
        ("Website", FormRules.Clean(Website)), ("Description", FormRules.Clean(Description)),
        ("Founded on", FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("Member count", MemberCount?.ToString(CultureInfo.InvariantCulture)), ("Parent", parentName(ParentId)),
        ("Slug", EffectiveSlug), ("Internal notes", FormRules.Clean(InternalNotes)),
    ];
}

public sealed class OrganizationInputValidator : AbstractValidator<OrganizationInput>
{
    public OrganizationInputValidator(RegistryDbContext db, IStringLocalizer<SharedResource> s)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Organization.NameMaxLength)
            .MustAsync(async (input, name, ct) => !await db.Organizations.AnyAsync(o => o.NormalizedName == Names.Normalize(name!) && o.Id != input.Id, ct))
            .WithMessage(_ => s["An organization with this name already exists."])
            .When(x => !string.IsNullOrWhiteSpace(x.Name), ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.ShortName).MaximumLength(Organization.ShortNameMaxLength);
        RuleFor(x => x.LocalName).MaximumLength(Organization.LocalNameMaxLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.CountryCode).Must(c => string.IsNullOrWhiteSpace(c) || Countries.IsValid(c.Trim()))
            .WithMessage(_ => s["Choose a country from the list (ISO 3166-1 alpha-2)."]);
        RuleFor(x => x.City).MaximumLength(Organization.CityMaxLength);
        RuleFor(x => x.Website).MaximumLength(Organization.WebsiteMaxLength).WebAddress();
        RuleFor(x => x.Description).MaximumLength(Organization.DescriptionMaxLength);
        RuleFor(x => x.InternalNotes).MaximumLength(Organization.NotesMaxLength);
        RuleFor(x => x.FoundedOn).InRegistryRange();
        RuleFor(x => x.MemberCount).InclusiveBetween(0, 10_000_000);
        RuleFor(x => x.ParentId)
            .Must((input, parent) => parent is null || parent != input.Id).WithMessage(_ => s["An organization cannot be its own parent."])
            .MustAsync(async (parent, ct) => parent is null || await db.Organizations.AnyAsync(o => o.Id == parent, ct))
            .WithMessage(_ => s["Choose a parent organization from the list."]);
        RuleFor(x => x.EffectiveSlug)
            .Must(Domain.Slug.IsValid).WithMessage(_ => s["Use lower-case letters, digits and single hyphens, up to 100 characters."])
            .MustAsync(async (input, slug, ct) => !await db.Organizations.AnyAsync(o => o.Slug == slug && o.Id != input.Id, ct))
            .WithMessage(_ => s["Another organization already uses this slug."])
            .Must(slug => !Domain.Slug.Reserved.Contains(slug)).WithMessage(_ => s["This address is taken by a page of the directory; choose another slug."])
            .When(x => !string.IsNullOrWhiteSpace(x.Name) || !string.IsNullOrWhiteSpace(x.Slug))
            .OverridePropertyName(nameof(OrganizationInput.Slug));
    }
}
