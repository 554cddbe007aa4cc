using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <summary>
    /// Debt (vreemd vermogen) is never negative: the edit form and the Excel upload refuse it, and so does the database.
    /// NOT VALID: a row saved before keeps its figures and is checked when it next changes, so the migration cannot fail
    /// on a register that already holds one.
    /// </summary>
    public partial class RequireNonNegativeDebt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "ALTER TABLE financial_years ADD CONSTRAINT ck_financial_years_debt CHECK (debt_start >= 0 AND debt_end >= 0) NOT VALID;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_financial_years_debt",
                table: "financial_years");
        }
    }
}
