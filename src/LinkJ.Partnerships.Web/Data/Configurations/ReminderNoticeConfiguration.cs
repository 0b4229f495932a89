using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkJ.Partnerships.Web.Data.Configurations;

public sealed class ReminderNoticeConfiguration : IEntityTypeConfiguration<ReminderNotice>
{
    public void Configure(EntityTypeBuilder<ReminderNotice> builder)
    {
        builder.HasIndex(n => new { n.AgreementId, n.EndsOn, n.Point, n.UserId }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.MessageId });
        builder.HasOne<Agreement>().WithMany().HasForeignKey(n => n.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // A sent message is the record that its notices went out: deleting it must not make them due again.
        builder.HasOne(n => n.Message).WithMany().HasForeignKey(n => n.MessageId).OnDelete(DeleteBehavior.Restrict);
    }
}
