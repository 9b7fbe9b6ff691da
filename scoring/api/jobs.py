"""Scoring jobs through the API: a tutor scores the finished encounters of a cohort they teach
(optionally of one case) in the background, follows its progress and downloads the results."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.http import FileResponse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, filters, mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.api import QueryFilter, QueryFilterBackend, viewer
from accounts.models import ApiToken, Cohort, User
from accounts.roles import Role
from cases.models import Case
from scoring import services
from scoring.batch import Batch, done_ids
from scoring.engines import ENGINES, get_examiner
from scoring.models import ScoringJob
from scoring.workers import Work

RESULT_FILES = {"jsonl": "application/x-ndjson", "csv": "text/csv"}


# The work


def _encounters(job: ScoringJob) -> QuerySet[Any]:
    params = job.parameters
    cohort = Cohort.objects.get(pk=params["cohort_id"])
    chosen = services.finished_encounters(cohort=cohort.name, case=params.get("case") or None)
    return chosen.exclude(student_id=params["requested_by"]).select_related("case_version__case")


def _works(job: ScoringJob, finished: set[str]) -> Iterator[Work]:
    examiner = get_examiner(job.parameters["engine"])
    for encounter in _encounters(job):
        work_id = f"encounter-{encounter.pk}"
        if work_id in finished:
            continue
        key = encounter.case_version.case.key
        existing = services.existing_score(encounter, examiner)
        if existing is not None:
            yield Work(work_id, key, score_id=existing.pk)
        else:
            yield Work(work_id, key, services.scoring_input(encounter), encounter.pk)


def results_prefix(job: ScoringJob) -> Path:
    return Path(settings.DOCSIM_SCORING_RESULTS_DIR) / f"job-{job.pk}"


def run_scoring_job(job: ScoringJob) -> ScoringJob:
    """Score the job's encounters; a redelivered job resumes after the rows already written."""
    prefix = results_prefix(job)
    prefix.parent.mkdir(parents=True, exist_ok=True)
    batch = Batch(job, job.parameters["engine"], prefix)
    return batch.run(_works(job, done_ids(batch.jsonl)))


@shared_task(name="scoring.api.run_scoring_job_task", acks_late=True, reject_on_worker_lost=True)
def run_scoring_job_task(job_id: int) -> int | None:
    job = ScoringJob.objects.filter(pk=job_id, status=ScoringJob.Status.RUNNING).first()
    if job is None:  # finished already: a duplicate message
        return None
    return run_scoring_job(job).pk


@transaction.atomic
def start_scoring_job(*, user: User, cohort: Cohort, case: Case | None, engine: str) -> ScoringJob:
    job = ScoringJob(
        kind=ScoringJob.Kind.COHORT,
        parameters={
            "requested_by": user.pk, "cohort_id": cohort.pk, "cohort": cohort.name,
            "case_id": case.pk if case else None, "case": case.key if case else "",
            "engine": engine,
        },
    )  # fmt: skip
    job.total = _encounters(job).count()
    job.save()
    transaction.on_commit(lambda: run_scoring_job_task.delay(job.pk))
    return job


def jobs_of(user: User) -> QuerySet[ScoringJob]:
    """The jobs `user` started through the API (jobs of `score_batch` have no requester)."""
    return ScoringJob.objects.filter(parameters__requested_by=user.pk)


# The endpoint


class ScoringJobSerializer(serializers.ModelSerializer[ScoringJob]):
    cohort = serializers.SerializerMethodField()
    case = serializers.SerializerMethodField()
    engine = serializers.SerializerMethodField()
    files = serializers.SerializerMethodField(
        help_text="The result files ready to download (`?file=` of the results action)."
    )

    class Meta:
        model = ScoringJob
        fields = [
            "id", "kind", "status", "done", "total", "skipped", "started_at", "finished_at",
            "cohort", "case", "engine", "files",
        ]  # fmt: skip
        read_only_fields = fields

    def get_cohort(self, job: ScoringJob) -> int | None:
        return job.parameters.get("cohort_id")

    def get_case(self, job: ScoringJob) -> int | None:
        return job.parameters.get("case_id")

    def get_engine(self, job: ScoringJob) -> str:
        return str(job.parameters.get("engine", ""))

    def get_files(self, job: ScoringJob) -> list[str]:
        return [name for name in RESULT_FILES if result_file(job, name) is not None]


class ScoringJobStartSerializer(serializers.Serializer[Any]):
    cohort = serializers.PrimaryKeyRelatedField(
        queryset=Cohort.objects.all(), help_text="A cohort you teach."
    )
    case = serializers.PrimaryKeyRelatedField(
        queryset=Case.objects.all(),
        required=False,
        allow_null=True,
        help_text="Only the encounters of this case (its id).",
    )
    engine = serializers.ChoiceField(
        choices=ENGINES, required=False, help_text="Default: the deployment's examiner."
    )

    def validate_cohort(self, cohort: Cohort) -> Cohort:
        if not Cohort.objects.taught_by(self.context["user"]).filter(pk=cohort.pk).exists():
            raise serializers.ValidationError(_("You do not teach this cohort."))
        return cohort


def result_file(job: ScoringJob, name: str) -> Path | None:
    """The job's result file, if it exists inside the results folder."""
    if job.status != ScoringJob.Status.DONE or name not in job.results:
        return None
    root = Path(settings.DOCSIM_SCORING_RESULTS_DIR).resolve()
    path = Path(job.results[name]).resolve()
    return path if path.is_relative_to(root) and path.is_file() else None


FILE = OpenApiParameter(
    "file", str, enum=list(RESULT_FILES), default="jsonl", description="which result file"
)


@extend_schema(tags=["scoring jobs"])
class ScoringJobViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet[ScoringJob],
):
    """Batch scoring of a cohort you teach, in the background. Each job is visible to the
    tutor who started it. Tokens need the `scoring` scope."""

    serializer_class = ScoringJobSerializer
    queryset = ScoringJob.objects.none()  # the model, for the schema; see get_queryset
    action_roles = {"*": (Role.TUTOR,)}
    token_scopes = {"*": {ApiToken.Scope.SCORING}}
    throttle_scopes = {"create": "scoring_jobs"}
    query_filters = {"status": QueryFilter("status", choices=tuple(ScoringJob.Status.values))}
    filter_backends = [QueryFilterBackend, filters.OrderingFilter]
    ordering_fields = ["started_at", "finished_at"]
    ordering = ["-started_at", "-pk"]

    def get_queryset(self) -> QuerySet[ScoringJob]:
        return jobs_of(viewer(self.request))

    @extend_schema(request=ScoringJobStartSerializer, responses={201: ScoringJobSerializer})
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        user = viewer(request)
        form = ScoringJobStartSerializer(data=request.data, context={"user": user})
        form.is_valid(raise_exception=True)
        job = start_scoring_job(
            user=user,
            cohort=form.validated_data["cohort"],
            case=form.validated_data.get("case"),
            engine=form.validated_data.get("engine") or settings.DOCSIM_EXAMINER_ENGINE,
        )
        job.refresh_from_db()
        return Response(ScoringJobSerializer(job).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        parameters=[FILE],
        responses={
            (200, "application/x-ndjson"): OpenApiResponse(
                OpenApiTypes.STR, "One JSON object per encounter (format: docs/scoring.md)."
            ),
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, "One row per encounter."),
        },
        description="Download a finished job's results; 404 while it runs or when the file "
        "is gone.",
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def results(self, request: Request, pk: str) -> FileResponse:
        name = request.query_params.get("file") or "jsonl"
        if name not in RESULT_FILES:
            raise exceptions.ValidationError({"file": [_("Choose jsonl or csv.")]})
        path = result_file(self.get_object(), name)
        if path is None:
            raise exceptions.NotFound(_("These results are not ready or no longer exist."))
        return FileResponse(
            path.open("rb"), as_attachment=True, filename=path.name,
            content_type=RESULT_FILES[name],
        )  # fmt: skip
