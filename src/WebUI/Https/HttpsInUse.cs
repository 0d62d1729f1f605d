namespace CryoWeb.WebUI.Https;

/// <summary>Registered when the console listens on an https:// address: the pipeline then redirects HTTP and sends HSTS.</summary>
public sealed class HttpsInUse;
