package io.anke.samples.portal;

import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Fills the empty in-memory table with made-up residents when the portal starts, before it takes
 * requests. The last one was imported from an older system without checks: its mobile number is not
 * a mobile number, so the data-access guard refuses to release it (HTTP 500, see {@link
 * ResidentController}).
 */
@Component
public class SampleResidents implements InitializingBean {
  /** The residents, in the order of their row ids (1, 2, …). */
  public static final List<Resident> RESIDENTS =
      List.of(
          new Resident("110101199003071233", "张三", "13800138000", "110101", "北京市东城区东华门街道1号"),
          new Resident("370102198507152344", "李娜", "13912345678", "370102", "济南市历下区泉城路18号"),
          new Resident("37010319620228006X", "王建国", "15866661234", "370103", "济南市市中区经四路56号"),
          new Resident("370102200101013213", "赵敏", "12345", "370102", "济南市历下区解放路7号"));

  private final ResidentRepository repository;

  public SampleResidents(ResidentRepository repository) {
    this.repository = repository;
  }

  @Override
  public void afterPropertiesSet() {
    if (repository.count() > 0) {
      return;
    }
    for (int i = 0; i < RESIDENTS.size(); i++) {
      repository.insert(i + 1, RESIDENTS.get(i));
    }
  }
}
