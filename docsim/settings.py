"""DocSim settings: one file, every value from the environment (see .env.example)."""

from __future__ import annotations

import re
from pathlib import Path

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from docsim.env import env_bool, env_choice, env_float, env_int, env_list, env_str

django_stubs_ext.monkeypatch()  # generic admin/queryset classes at run time

BASE_DIR = Path(__file__).resolve().parent.parent

# Core

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is required when DEBUG is off: set SECRET_KEY to a long random string."
        )
    SECRET_KEY = "django-insecure-docsim-development-only-key-not-for-production-use"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "channels",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "accounts",
    "cases",
    "encounters",
    "scoring",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.PreferredLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "docsim.urls"
WSGI_APPLICATION = "docsim.wsgi.application"
ASGI_APPLICATION = "docsim.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.roles",
            ],
        },
    },
]

# Database

DATABASE_URL = env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
try:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=0)}
except ValueError as exc:
    raise ImproperlyConfigured(f"DATABASE_URL is not a valid database URL: {exc}") from None
# Threads running ORM work for websockets (encounters/asyncdb.py), per process, on PostgreSQL.
DATABASE_ASYNC_THREADS = env_int("DATABASE_ASYNC_THREADS", 16, minimum=1)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "DATABASE_POOL", False
):
    DATABASE_POOL_SIZE = env_int("DATABASE_POOL_SIZE", 20, minimum=1)
    if DATABASE_POOL_SIZE < DATABASE_ASYNC_THREADS + 1:  # and one for the HTTP views' thread
        raise ImproperlyConfigured(
            f"DATABASE_POOL_SIZE ({DATABASE_POOL_SIZE}) must be at least DATABASE_ASYNC_THREADS "
            f"+ 1 ({DATABASE_ASYNC_THREADS + 1}), or busy sockets time out waiting for a "
            "connection."
        )
    DATABASES["default"]["OPTIONS"] = {"pool": {"min_size": 2, "max_size": DATABASE_POOL_SIZE}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Accounts

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages

LANGUAGE_CODE = env_str("LANGUAGE_CODE", "en") or "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
if LANGUAGE_CODE not in {code for code, _name in LANGUAGES}:
    raise ImproperlyConfigured(f"LANGUAGE_CODE must be 'en' or 'fr', got {LANGUAGE_CODE!r}.")
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Europe/Paris") or "Europe/Paris"
USE_I18N = True
USE_TZ = True

# Static files

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"

# Channels

REDIS_URL = env_str("REDIS_URL")
# Redis connections per process for the channel layer, and how long a command waits for one.
CHANNEL_LAYER_MAX_CONNECTIONS = env_int("CHANNEL_LAYER_MAX_CONNECTIONS", 500, minimum=2)
CHANNEL_LAYER_POOL_TIMEOUT_S = env_float("CHANNEL_LAYER_POOL_TIMEOUT_S", 20.0, minimum=0.1)
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "docsim.layers.RedisChannelLayer",
            "CONFIG": {
                # redis-py 8 reads with a 5 s socket timeout by default, the same as the
                # channel layer's blocking pop on an idle socket: the read would lose the race
                # and close every idle websocket with 1011. Give reads more time than the pop.
                # Connections per process; handshakes beyond them wait (up to the timeout)
                # for one instead of failing (see docsim/layers.py).
                "hosts": [
                    {
                        "address": REDIS_URL,
                        "socket_timeout": 15,
                        "socket_keepalive": True,
                        "max_connections": CHANNEL_LAYER_MAX_CONNECTIONS,
                        "timeout": CHANNEL_LAYER_POOL_TIMEOUT_S,
                    }
                ],
                "capacity": 1500,
                "expiry": 60,
            },
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

# Celery

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or "cache+memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT_S", 3600, minimum=1)
}
CELERY_BEAT_SCHEDULE = {
    "clear-expired-sessions": {
        "task": "accounts.tasks.clear_expired_sessions_task",
        "schedule": 3600.0,
    },
}

# LLM

DOCSIM_PATIENT_ENGINE = env_choice("DOCSIM_PATIENT_ENGINE", "offline", ("offline", "llm"))
DOCSIM_EXAMINER_ENGINE = env_choice("DOCSIM_EXAMINER_ENGINE", "offline", ("offline", "llm"))
DOCSIM_LLM_PROVIDER = env_choice("DOCSIM_LLM_PROVIDER", "openai", ("openai", "azure", "compatible"))
OPENAI_API_KEY = env_str("OPENAI_API_KEY")
OPENAI_BASE_URL = env_str("OPENAI_BASE_URL")
AZURE_OPENAI_API_KEY = env_str("AZURE_OPENAI_API_KEY")
AZURE_OPENAI_ENDPOINT = env_str("AZURE_OPENAI_ENDPOINT")
AZURE_OPENAI_API_VERSION = env_str("AZURE_OPENAI_API_VERSION", "2024-10-21")
DOCSIM_PATIENT_MODEL = env_str("DOCSIM_PATIENT_MODEL", "gpt-4o-mini")
DOCSIM_EXAMINER_MODEL = env_str("DOCSIM_EXAMINER_MODEL", "gpt-4o-mini")
DOCSIM_LLM_TIMEOUT_S = env_float("DOCSIM_LLM_TIMEOUT_S", 30.0, minimum=1.0)
DOCSIM_LLM_MAX_CONCURRENCY = env_int("DOCSIM_LLM_MAX_CONCURRENCY", 64, minimum=1)
DOCSIM_LLM_FALLBACK_OFFLINE = env_bool("DOCSIM_LLM_FALLBACK_OFFLINE", False)
DOCSIM_LLM_MAX_ATTEMPTS = env_int("DOCSIM_LLM_MAX_ATTEMPTS", 3, minimum=1)
DOCSIM_LLM_BREAKER_FAILURES = env_int("DOCSIM_LLM_BREAKER_FAILURES", 5, minimum=1)
DOCSIM_LLM_BREAKER_COOLDOWN_S = env_float("DOCSIM_LLM_BREAKER_COOLDOWN_S", 30.0, minimum=1.0)
if "llm" in (DOCSIM_PATIENT_ENGINE, DOCSIM_EXAMINER_ENGINE):
    if DOCSIM_LLM_PROVIDER == "azure" and not (AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY):
        raise ImproperlyConfigured(
            "DOCSIM_LLM_PROVIDER=azure needs AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY."
        )
    if DOCSIM_LLM_PROVIDER == "compatible" and not OPENAI_BASE_URL:
        raise ImproperlyConfigured("DOCSIM_LLM_PROVIDER=compatible needs OPENAI_BASE_URL.")
    if DOCSIM_LLM_PROVIDER == "openai" and not OPENAI_API_KEY:
        raise ImproperlyConfigured("DOCSIM_LLM_PROVIDER=openai needs OPENAI_API_KEY.")

# REST API

API_THROTTLE_RATES = {
    "anon": env_str("API_THROTTLE_ANON", "60/minute"),
    "user": env_str("API_THROTTLE_USER", "1200/minute"),
    "token": env_str("API_THROTTLE_TOKEN", "600/minute"),
    "scoring_jobs": env_str("API_THROTTLE_SCORING_JOBS", "30/hour"),
}
for _scope, _rate in API_THROTTLE_RATES.items():
    if not re.fullmatch(r"[1-9][0-9]*/(s|sec|second|m|min|minute|h|hour|d|day)", _rate):
        raise ImproperlyConfigured(
            f"API_THROTTLE_{_scope.upper()} must look like 600/minute, got {_rate!r}."
        )
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "accounts.api.ApiSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.tokens.BearerTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",  # enforces CSRF on writes
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticated",
        "accounts.tokens.HasTokenScope",
        "accounts.api_defaults.RoleRequired",
    ],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "accounts.api_defaults.PageNumberPagination",
    "DEFAULT_THROTTLE_CLASSES": [
        "accounts.api_defaults.AnonThrottle",
        "accounts.api_defaults.UserThrottle",
        "accounts.api_defaults.TokenThrottle",
        "accounts.api_defaults.ActionThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": API_THROTTLE_RATES,
    "EXCEPTION_HANDLER": "accounts.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "DocSim API",
    "DESCRIPTION": (
        "Cases, encounters, scores, reviews, cohorts and scoring jobs. Authenticate with the "
        "browser session (CSRF token on writes) or an integration token: "
        "`Authorization: Bearer dsm_<prefix>_<secret>`."
    ),
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",  # served from static files: no CDN
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "ScoreStatusEnum": "scoring.models.Score.Status",
        "VerdictEnum": "scoring.models.ItemVerdict.Verdict",
    },
}
# Scoring jobs started through the API: the Celery task lives in scoring/api.py, and the
# result files go here (a shared volume when workers run on other hosts).
CELERY_IMPORTS = ["scoring.api"]
DOCSIM_SCORING_RESULTS_DIR = Path(
    env_str("DOCSIM_SCORING_RESULTS_DIR") or BASE_DIR / "var" / "scoring-jobs"
)

# Security (production values whenever DEBUG is off)

SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("SECURE_PROXY_SSL_HEADER", False) else None
)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS = [] if env_bool("SECURE_HSTS_PRELOAD", False) else ["security.W021"]

# Logging: never log transcript text, prompts with case content, or secrets.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO") or "INFO"},
    # The HTTP client of the LLM library logs every request URL at INFO.
    "loggers": {name: {"level": "WARNING"} for name in ("httpx", "httpx2", "httpcore", "openai")},
}
