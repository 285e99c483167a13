package id.suarawarga.feedback;

import id.suarawarga.catalogue.PublicService;
import id.suarawarga.catalogue.Region;
import id.suarawarga.feedback.FeedbackViews.ElementForm;
import id.suarawarga.feedback.FeedbackViews.ElementView;
import id.suarawarga.feedback.FeedbackViews.QuestionnaireForm;
import id.suarawarga.feedback.FeedbackViews.QuestionnaireView;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The SKM questionnaire in force for a service's region, and new versions published by an admin of the region. */
@ApplicationScoped
public class QuestionnaireService {

    @jakarta.inject.Inject
    QuestionnaireCache cache;

    @jakarta.inject.Inject
    FeedbackPermissions permissions;

    public QuestionnaireView forService(long serviceId, boolean english) {
        PublicService service = PublicService.<PublicService>findByIdOptional(serviceId)
                .orElseThrow(() -> ProblemException.notFound("Service", serviceId));
        return view(Questionnaire.currentFor(service.unit.region), english);
    }

    /**
     * Publishes a new version for a region: the same nine element codes, new wording or order. Earlier answers
     * keep pointing at the version they were given in.
     */
    @Transactional
    public QuestionnaireView publish(String regionCode, QuestionnaireForm form, CurrentUser user) {
        Region region = Region.findByCode(regionCode).orElseThrow(() -> ProblemException.notFound("Region", regionCode));
        permissions.requireQuestionnairePublisher(region);
        Set<String> codes = new HashSet<>();
        for (ElementForm e : form.elements()) {
            if (!codes.add(e.code())) {
                throw ProblemException.invalid("elements", "feedback.questionnaire-duplicate-code", e.code());
            }
        }
        if (!codes.equals(Set.copyOf(IkmService.CODES))) {
            throw ProblemException.invalid("elements", "feedback.questionnaire-codes");
        }
        Questionnaire latest = Questionnaire.find("region = ?1 order by version desc", region).firstResult();
        Questionnaire q = new Questionnaire();
        q.region = region;
        q.version = latest == null ? 1 : latest.version + 1;
        q.createdBy = user.username();
        int position = 1;
        for (ElementForm e : form.elements()) {
            QuestionnaireElement el = new QuestionnaireElement();
            el.questionnaire = q;
            el.code = e.code();
            el.position = position++;
            el.labelId = e.labelId().trim();
            el.labelEn = e.labelEn().trim();
            q.elements.add(el);
        }
        q.persist();
        cache.clear();
        return view(q, false);
    }

    static QuestionnaireView view(Questionnaire q, boolean english) {
        List<ElementView> elements = q.elements.stream()
                .map(e -> new ElementView(e.code, e.position, e.label(english))).toList();
        return new QuestionnaireView(q.id, q.version, q.region == null ? null : q.region.code, elements);
    }
}
