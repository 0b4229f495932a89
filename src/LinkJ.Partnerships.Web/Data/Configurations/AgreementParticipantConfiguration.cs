using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkJ.Partnerships.Web.Data.Configurations;

public sealed class AgreementParticipantConfiguration : IEntityTypeConfiguration<AgreementParticipant>
{
    public void Configure(EntityTypeBuilder<AgreementParticipant> builder)
    {
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Title).HasMaxLength(AgreementParticipant.TitleMaxLength);
        builder.HasOne(p => p.Person).WithMany(p => p.Participations).HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // Covering for a search from people to the agreements they signed or spoke at, like the parties' index.
        builder.HasIndex(p => new { p.PersonId, p.AgreementId });
    }
}
