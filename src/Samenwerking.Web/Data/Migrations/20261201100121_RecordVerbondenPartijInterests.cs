using Microsoft.EntityFrameworkCore.Migrations;
using Samenwerking.Web.Domain;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecordVerbondenPartijInterests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "administrative_interest",
                table: "memberships",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "financial_interests",
                table: "memberships",
                type: "character varying(40)[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<bool>(
                name: "interests_are_suggestion",
                table: "memberships",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "interests_reason",
                table: "memberships",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_memberships_administrative_interest",
                table: "memberships",
                sql: "administrative_interest IN ('Zetel', 'Stemrecht', 'Geen')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_memberships_financial_interests",
                table: "memberships",
                sql: "financial_interests::text[] <@ ARRAY['Aandelen', 'Lening', 'Garantie', 'Aansprakelijkheid', 'Tekortdekking']::text[]");

            // Existing participations get the suggestion for their arrangement's form, marked as a suggestion, as the
            // import and a save give new ones (VerbondenPartij.Suggest, as it stood when this migration was written).
            foreach (var form in Enum.GetValues<LegalForm>())
            {
                var (administrative, financial, reason) = VerbondenPartij.Suggest(form);
                var administrativeSql = administrative is null ? "NULL" : $"'{administrative}'";
                var financialSql = $"ARRAY[{string.Join(", ", financial.Select(f => $"'{f}'"))}]::character varying(40)[]";
                migrationBuilder.Sql(
                    $"UPDATE memberships SET administrative_interest = {administrativeSql}, financial_interests = {financialSql}, " +
                    $"interests_are_suggestion = TRUE, interests_reason = '{reason.Replace("'", "''", StringComparison.Ordinal)}' " +
                    $"WHERE arrangement_id IN (SELECT id FROM arrangements WHERE legal_form = '{form}');");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_memberships_administrative_interest",
                table: "memberships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_memberships_financial_interests",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "administrative_interest",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "financial_interests",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "interests_are_suggestion",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "interests_reason",
                table: "memberships");
        }
    }
}
