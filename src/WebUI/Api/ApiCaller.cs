using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Api;

/// <summary>The <see cref="Caller"/> of an /api request, which <see cref="CommandRequestFilter"/> has made sure exists.</summary>
public static class ApiCaller
{
    public static Caller Of(HttpContext context) =>
        ConsoleCaller.From(context) ?? throw new InvalidOperationException("No console caller: the /api command filter should have refused the request.");
}
