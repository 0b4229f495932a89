using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkJ.Partnerships.Web.Data.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength);
        builder.Property(o => o.NormalizedName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(o => o.ShortName).HasMaxLength(Organization.ShortNameMaxLength);
        builder.Property(o => o.LocalName).HasMaxLength(Organization.LocalNameMaxLength);
        builder.Ignore(o => o.IsArchived);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(o => o.City).HasMaxLength(Organization.CityMaxLength);
        builder.Property(o => o.Website).HasMaxLength(Organization.WebsiteMaxLength);
        builder.Property(o => o.Description).HasMaxLength(Organization.DescriptionMaxLength);
        builder.Property(o => o.InternalNotes).HasMaxLength(Organization.NotesMaxLength);
        builder.Property(o => o.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(o => o.Version).IsConcurrencyToken();

        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.SeedKey).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(o => o.SeedKey).IsUnique();
        builder.HasIndex(o => o.NormalizedName).IsUnique();
        builder.HasIndex(o => o.CountryCode);
        builder.HasIndex(o => o.Kind);

        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Parties).WithOne(p => p.Organization).HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
