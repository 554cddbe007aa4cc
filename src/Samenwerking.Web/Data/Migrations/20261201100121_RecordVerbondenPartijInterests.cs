using Microsoft.EntityFrameworkCore.Migrations;

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
            // import and a save give new ones (VerbondenPartij.Suggest as it stood when this migration was written).
            migrationBuilder.Sql("UPDATE memberships SET administrative_interest = 'Zetel', financial_interests = ARRAY['Tekortdekking']::character varying(40)[], interests_are_suggestion = TRUE, " +
                "interests_reason = 'Een deelnemer heeft een zetel in het bestuur van het openbaar lichaam of de bedrijfsvoeringsorganisatie en moet tekorten dekken: bestuurlijk en financieel belang (BBV art. 1).' " +
                "WHERE arrangement_id IN (SELECT id FROM arrangements WHERE legal_form IN ('OpenbaarLichaam', 'Bedrijfsvoeringsorganisatie'));");
            migrationBuilder.Sql("UPDATE memberships SET administrative_interest = 'Zetel', financial_interests = ARRAY[]::character varying(40)[], interests_are_suggestion = TRUE, " +
                "interests_reason = 'Een gemeenschappelijk orgaan heeft geen rechtspersoonlijkheid en geen eigen vermogen dat verloren kan gaan: geen financieel belang, tenzij de regeling anders bepaalt.' " +
                "WHERE arrangement_id IN (SELECT id FROM arrangements WHERE legal_form IN ('GemeenschappelijkOrgaan'));");
            migrationBuilder.Sql("UPDATE memberships SET administrative_interest = 'Zetel', financial_interests = ARRAY['Aansprakelijkheid']::character varying(40)[], interests_are_suggestion = TRUE, " +
                "interests_reason = 'Een lid heeft een zetel in de vergadering van het grensoverschrijdende lichaam en staat in voor schulden die het lichaam niet kan voldoen: controleer de statuten.' " +
                "WHERE arrangement_id IN (SELECT id FROM arrangements WHERE legal_form IN ('Egts', 'Bgts', 'GrensoverschrijdendOpenbaarLichaam'));");
            migrationBuilder.Sql("UPDATE memberships SET administrative_interest = 'Stemrecht', financial_interests = ARRAY['Aandelen']::character varying(40)[], interests_are_suggestion = TRUE, " +
                "interests_reason = 'Een aandeelhouder of lid heeft stemrecht in de algemene vergadering en kapitaal dat bij faillissement verloren gaat: bestuurlijk en financieel belang (BBV art. 1).' " +
                "WHERE arrangement_id IN (SELECT id FROM arrangements WHERE legal_form IN ('BeslotenVennootschap', 'NaamlozeVennootschap', 'CommanditaireVennootschap', 'Cooperatie'));");
            migrationBuilder.Sql("UPDATE memberships SET administrative_interest = NULL, financial_interests = ARRAY[]::character varying(40)[], interests_are_suggestion = TRUE, " +
                "interests_reason = 'Een andere vorm is alleen een verbonden partij bij een zetel of stemrecht én een financieel belang: vul beide in.' " +
                "WHERE arrangement_id IN (SELECT id FROM arrangements WHERE legal_form IN ('Overig'));");
            migrationBuilder.Sql("UPDATE memberships SET administrative_interest = NULL, financial_interests = ARRAY[]::character varying(40)[], interests_are_suggestion = TRUE, " +
                "interests_reason = 'Een stichting of vereniging is alleen een verbonden partij bij een zetel in het bestuur én een financieel belang, zoals een lening of garantie: vul beide in.' " +
                "WHERE arrangement_id IN (SELECT id FROM arrangements WHERE legal_form IN ('Stichting', 'Vereniging'));");
            migrationBuilder.Sql("UPDATE memberships SET administrative_interest = 'Geen', financial_interests = ARRAY[]::character varying(40)[], interests_are_suggestion = TRUE, " +
                "interests_reason = 'Een overeenkomst, netwerk, regeling zonder meer of centrumregeling stelt geen eigen orgaan in: geen verbonden partij.' " +
                "WHERE arrangement_id IN (SELECT id FROM arrangements WHERE legal_form IN ('Bestuursovereenkomst', 'RegelingZonderMeer', 'Centrumregeling'));");
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
