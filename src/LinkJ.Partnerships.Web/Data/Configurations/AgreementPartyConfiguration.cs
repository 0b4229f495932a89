using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkJ.Partnerships.Web.Data.Configurations;

public sealed class AgreementPartyConfiguration : IEntityTypeConfiguration<AgreementParty>
{
    public void Configure(EntityTypeBuilder<AgreementParty> builder)
    {
        builder.HasKey(p => new { p.AgreementId, p.OrganizationId });
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        // With the agreement in it, a search from organizations to their agreements reads this index alone, not a
        // table row per party.
        builder.HasIndex(p => new { p.OrganizationId, p.AgreementId });
    }
}
