namespace Samenwerking.Web.Domain;

/// <summary>A moment in the planning and control cycle at which the council may give its view.</summary>
public enum ControlMomentKind
{
    Kaderbrief,
    Ontwerpbegroting,
    Begrotingswijziging,
    Jaarrekening,
}
