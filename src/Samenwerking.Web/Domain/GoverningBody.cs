namespace Samenwerking.Web.Domain;

/// <summary>The body of a participant that took part in the arrangement (deelnemend bestuursorgaan).</summary>
public enum GoverningBody
{
    Raad,
    College,
    Burgemeester,
}
