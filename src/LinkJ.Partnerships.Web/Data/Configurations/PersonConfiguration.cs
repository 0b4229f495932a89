using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkJ.Partnerships.Web.Data.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Name).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.NormalizedName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.LocalName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.NormalizedName);
    }
}
