using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Postgres.Migrations
{
    /// <summary>The audit trail refuses UPDATE and DELETE, as SQLite's triggers do (AuditEntries_no_update, _no_delete).</summary>
    public partial class AuditTrailAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The audit trail is append-only.';
                END $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_no_update\" BEFORE UPDATE ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION audit_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_no_delete\" BEFORE DELETE ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION audit_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_no_truncate\" BEFORE TRUNCATE ON \"AuditEntries\" FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"AuditEntries_no_truncate\" ON \"AuditEntries\";");
            migrationBuilder.Sql("DROP TRIGGER \"AuditEntries_no_delete\" ON \"AuditEntries\";");
            migrationBuilder.Sql("DROP TRIGGER \"AuditEntries_no_update\" ON \"AuditEntries\";");
            migrationBuilder.Sql("DROP FUNCTION audit_append_only();");
        }
    }
}
