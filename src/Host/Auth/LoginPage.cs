using System.Text.Encodings.Web;

namespace PlanWorkflows.Host.Auth;

/// <summary>The sign-in form, Vietnamese first and English second.</summary>
internal static class LoginPage
{
    public static string Render(LoginPageModel model)
    {
        var html = HtmlEncoder.Default;
        var error = model.Failed
            ? """<p class="error" role="alert">Sai tên đăng nhập hoặc mật khẩu · Wrong user name or password</p>"""
            : string.Empty;
        return $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1.0">
              <title>Đăng nhập · Sign in · PlanWorkflows</title>
              <style>
                body { font-family: system-ui, sans-serif; background: #f3f5f9; }
                main { max-width: 22rem; margin: 5rem auto; padding: 2rem; background: #fff; border-radius: 8px;
                       box-shadow: 0 2px 8px rgba(0,0,0,.12); }
                label { display: block; margin-top: 1rem; }
                input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: .5rem; }
                button { margin-top: 1.5rem; width: 100%; padding: .6rem; background: #0b3d91; color: #fff; border: 0;
                         border-radius: 4px; font-size: 1rem; cursor: pointer; }
                .error { color: #b00020; }
                .en { color: #666; font-size: .9em; }
              </style>
            </head>
            <body>
              <main>
                <h1>Đăng nhập <span class="en">· Sign in</span></h1>
                {{error}}
                <form method="post" action="/login">
                  <input type="hidden" name="{{html.Encode(model.AntiforgeryFieldName)}}" value="{{html.Encode(model.AntiforgeryToken)}}">
                  <input type="hidden" name="returnUrl" value="{{html.Encode(model.ReturnUrl)}}">
                  <label for="userName">Tên đăng nhập <span class="en">· User name</span></label>
                  <input id="userName" name="userName" type="text" autocomplete="username" required autofocus>
                  <label for="password">Mật khẩu <span class="en">· Password</span></label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <button type="submit">Đăng nhập · Sign in</button>
                </form>
              </main>
            </body>
            </html>
            """;
    }
}

internal sealed record LoginPageModel(string ReturnUrl, string AntiforgeryFieldName, string AntiforgeryToken, bool Failed);
