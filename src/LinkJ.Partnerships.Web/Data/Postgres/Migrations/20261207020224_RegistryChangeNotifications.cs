using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Postgres.Migrations
{
    /// <summary>
    /// Every statement that changes the registry's content notifies channel registry_changes, with the writer's
    /// application_name as payload, when its transaction commits (PostgreSQL folds a transaction's identical
    /// notifications into one). RegistryChangeNotifications listens; see decision 015.
    /// </summary>
    public partial class RegistryChangeNotifications : Migration
    {
        private static readonly string[] Content = ["Organizations", "Agreements", "AgreementParties", "AgreementParticipants", "People"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION registry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('registry_changes', current_setting('application_name'));
                    RETURN NULL;
                END $$;
                """);
            foreach (var table in Content)
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"{table}_changed\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{table}\" FOR EACH STATEMENT EXECUTE FUNCTION registry_changed();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Content)
            {
                migrationBuilder.Sql($"DROP TRIGGER \"{table}_changed\" ON \"{table}\";");
            }

            migrationBuilder.Sql("DROP FUNCTION registry_changed();");
        }
    }
}
