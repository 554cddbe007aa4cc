namespace Samenwerking.Web.Features.Arrangements;

/// <summary>Columns the arrangement list sorts on; the names appear in the query string.</summary>
public enum ArrangementSort
{
    Naam,
    Doel,
    Vorm,
    Deelnemers,
    Start,
}
